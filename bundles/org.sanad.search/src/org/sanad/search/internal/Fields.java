package org.sanad.search.internal;

import java.util.Set;

/** Field names and kinds of Lucene documents in the index, in one place. */
final class Fields {

	/** What a Lucene document stands for: {@link #DOC}, {@link #SET} or {@link #ANNOTATION}. */
	static final String TYPE = "type";
	static final String DOC = "doc";
	static final String SET = "set";
	static final String ANNOTATION = "ann";

	/** The document id: stored, on every kind of Lucene document. */
	static final String ID = "id";
	/** The title: stored and analysed like the text. */
	static final String TITLE = "title";
	/** The text, normalised and stemmed; not stored (the store has it). */
	static final String TEXT = "text";
	/** The text, normalised but not stemmed: quoted phrases search here. */
	static final String EXACT = "exact";

	/** Whose set: the annotator's id, or {@link #GOLD_OWNER}. */
	static final String OWNER = "annotator";
	static final String GOLD_OWNER = "gold";
	/** Document id and owner: what a set's re-indexing deletes by. */
	static final String SET_KEY = "setkey";
	/** An annotation's id: what re-indexing one annotation deletes by. */
	static final String ANNOTATION_ID = "annid";
	/** Stored on a set's status document: the set's revision the index holds. */
	static final String REVISION = "revision";
	static final String STATUS = "status";
	static final String ENTITY = "entity";
	static final String ENTITY_TEXT = "entity.text";
	static final String STANCE = "stance";
	static final String TARGET = "target";
	static final String SOURCE_NAME = "source";
	static final String SOURCE_KIND = "source.kind";
	static final String RELIABILITY = "source.reliability";
	static final String CREDIBILITY = "source.credibility";

	/** Doc values of every Lucene document: the document id, for collecting ids fast. */
	static final String ID_VALUES = "id";
	/** Doc values of an annotation: its facet values, as {@code field:value}. */
	static final String FACETS = "facets";
	/** Stored offsets of an annotation's span in the text. */
	static final String BEGIN = "begin";
	static final String END = "end";

	/** Commit-data key of the index layout, and this version's layout; another layout is stale. */
	static final String FORMAT_KEY = "sanad.format";
	static final String FORMAT = "3";

	/** Fields of the text itself; everything else is about annotations. */
	static final Set<String> TEXT_FIELDS = Set.of(TEXT, EXACT, TITLE);

	/** Fields matched as whole values, ignoring case ("PER", "per"). */
	static final Set<String> KEYWORDS = Set.of(TYPE, ID, OWNER, SET_KEY, STATUS, ENTITY, STANCE, SOURCE_KIND,
			RELIABILITY, CREDIBILITY);

	/** Fields a query may name. */
	static final Set<String> QUERYABLE = Set.of(TEXT, EXACT, TITLE, OWNER, STATUS, ENTITY, ENTITY_TEXT, STANCE, TARGET,
			SOURCE_NAME, SOURCE_KIND, RELIABILITY, CREDIBILITY);

	private Fields() {
	}
}
