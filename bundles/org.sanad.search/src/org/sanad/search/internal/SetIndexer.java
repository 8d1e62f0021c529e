package org.sanad.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;
import org.sanad.model.Project;
import org.sanad.store.CorpusStore;
import org.sanad.store.SetChange;
import org.sanad.store.SetChanges;

/**
 * Brings one annotation set's Lucene documents up to the store. When the index holds the set at a
 * revision from which the store can tell the changes, only the annotations changed since are
 * rewritten: a key in a document of 20,000 annotations rewrites one, not 20,000. Otherwise the
 * whole set is rewritten.
 */
final class SetIndexer {

	/** What bringing a set up to date took. */
	enum Outcome {
		/** The index had the set's revision already. */
		UNCHANGED,
		/** Only the changed annotations were rewritten. */
		PATCHED,
		/** The whole set was rewritten. */
		REWRITTEN
	}

	private final IndexWriter writer;
	private final CorpusStore store;
	private final Project project;
	/** The index as it was before this catch-up, for the revisions it holds; null for a new index. */
	private final DirectoryReader before;

	SetIndexer(IndexWriter writer, CorpusStore store, Project project, DirectoryReader before) {
		this.writer = writer;
		this.store = store;
		this.project = project;
		this.before = before;
	}

	Outcome update(SetChange change) throws IOException {
		String key = LuceneDocuments.setKey(change.documentId(), change.owner());
		long indexed = indexedRevision(key);
		if (indexed >= 0) {
			Optional<SetChanges> changes = store.changesSince(change.documentId(), change.owner(), indexed);
			if (changes.isPresent()) {
				return patch(key, change, indexed, changes.get());
			}
		}
		writer.deleteDocuments(new Term(Fields.SET_KEY, key));
		AnnotationSet set = store.annotationSet(change.documentId(), change.owner());
		writer.addDocuments(LuceneDocuments.set(set, text(change.documentId()), project));
		return Outcome.REWRITTEN;
	}

	private Outcome patch(String key, SetChange change, long indexed, SetChanges changes) throws IOException {
		if (changes.revision() == indexed) {
			return Outcome.UNCHANGED;
		}
		writer.deleteDocuments(statusQuery(key));
		List<String> gone = new ArrayList<>(changes.deleted());
		changes.current().forEach(a -> gone.add(a.getId()));
		for (String id : gone) {
			writer.deleteDocuments(new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.SET_KEY, key)), Occur.FILTER)
					.add(new TermQuery(new Term(Fields.ANNOTATION_ID, id)), Occur.FILTER).build());
		}
		List<Document> docs = new ArrayList<>();
		docs.add(LuceneDocuments.status(change.documentId(), change.owner(), changes.status(), changes.revision()));
		if (!changes.current().isEmpty()) {
			String text = text(change.documentId());
			for (Annotation a : changes.current()) {
				docs.add(LuceneDocuments.annotation(a, change.documentId(), change.owner(), text, project));
			}
		}
		writer.addDocuments(docs);
		return Outcome.PATCHED;
	}

	/** @return the revision of the set the index holds, or -1 when it holds none */
	private long indexedRevision(String key) throws IOException {
		if (before == null) {
			return -1;
		}
		IndexSearcher searcher = new IndexSearcher(before);
		TopDocs top = searcher.search(statusQuery(key), 1);
		if (top.scoreDocs.length == 0) {
			return -1;
		}
		IndexableField revision = searcher.storedFields().document(top.scoreDocs[0].doc).getField(Fields.REVISION);
		return revision == null ? -1 : revision.numericValue().longValue();
	}

	private static Query statusQuery(String key) {
		return new BooleanQuery.Builder().add(new TermQuery(new Term(Fields.SET_KEY, key)), Occur.FILTER)
				.add(new TermQuery(new Term(Fields.TYPE, Fields.SET)), Occur.FILTER).build();
	}

	private String text(String documentId) {
		return store.document(documentId).map(org.sanad.model.Document::getText).orElse("");
	}
}
