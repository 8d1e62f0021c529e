package org.sanad.search.internal;

/** Field names of the index, in one place. */
final class Fields {

	/** The document id: stored, not analysed. */
	static final String ID = "id";
	/** The title: stored and analysed like the text. */
	static final String TITLE = "title";
	/** The text, normalised and stemmed; not stored (the store has it). */
	static final String TEXT = "text";
	/** The text, normalised but not stemmed: quoted phrases search here. */
	static final String EXACT = "exact";

	private Fields() {
	}
}
