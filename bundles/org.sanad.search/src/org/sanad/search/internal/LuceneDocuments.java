package org.sanad.search.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;
import org.sanad.model.Credibility;
import org.sanad.model.Reliability;
import org.sanad.model.SetStatus;
import org.sanad.model.EntityMention;
import org.sanad.model.Project;
import org.sanad.model.Source;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.StanceTarget;

/** Sanad's objects as Lucene documents: a text, an annotation set's status, an annotation. */
final class LuceneDocuments {

	private LuceneDocuments() {
	}

	static Document text(org.sanad.model.Document d) {
		Document doc = new Document();
		doc.add(new TextField(Fields.TYPE, Fields.DOC, Field.Store.NO));
		doc.add(new StringField(Fields.ID, d.getId(), Field.Store.YES));
		doc.add(new SortedDocValuesField(Fields.ID_VALUES, new BytesRef(d.getId())));
		String title = d.getTitle() == null ? "" : d.getTitle();
		doc.add(new StoredField(Fields.TITLE, title));
		doc.add(new TextField(Fields.TITLE, title, Field.Store.NO));
		doc.add(new TextField(Fields.TEXT, d.getText(), Field.Store.NO));
		doc.add(new TextField(Fields.EXACT, d.getText(), Field.Store.NO));
		return doc;
	}

	static String owner(String owner) {
		return owner == null ? Fields.GOLD_OWNER : owner;
	}

	static String setKey(String documentId, String owner) {
		return documentId + "|" + owner(owner);
	}

	/** @return the set's status document and one document per annotation */
	static List<Document> set(AnnotationSet set, String text, Project project) {
		List<Document> docs = new ArrayList<>();
		docs.add(status(set.getDocumentId(), set.getOwner(), set.getStatus(), set.getRevision()));
		for (Annotation a : set.getAnnotations()) {
			docs.add(annotation(a, set.getDocumentId(), set.getOwner(), text, project));
		}
		return docs;
	}

	/** @return the status document of a set, carrying the revision indexed */
	static Document status(String documentId, String owner, SetStatus status, long revision) {
		Document doc = base(Fields.SET, documentId, owner);
		doc.add(new TextField(Fields.STATUS, status.getName().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
				Field.Store.NO));
		doc.add(new StoredField(Fields.REVISION, revision));
		return doc;
	}

	/** @return one annotation's document; {@code text} is the document's, for the words it covers */
	static Document annotation(Annotation a, String documentId, String owner, String text, Project project) {
		Document doc = base(Fields.ANNOTATION, documentId, owner);
		doc.add(new StringField(Fields.ANNOTATION_ID, a.getId(), Field.Store.NO));
		if (a instanceof EntityMention m) {
			doc.add(new TextField(Fields.ENTITY, m.getLabel(), Field.Store.NO));
			facet(doc, Fields.ENTITY, m.getLabel());
			span(doc, m.getBegin(), m.getEnd());
			doc.add(new TextField(Fields.ENTITY_TEXT, covered(text, m.getBegin(), m.getEnd()), Field.Store.NO));
		} else if (a instanceof Stance s) {
			if (s.isSetPolarity()) {
				doc.add(new TextField(Fields.STANCE, s.getPolarity().getLiteral(), Field.Store.NO));
				facet(doc, Fields.STANCE, s.getPolarity().getLiteral());
			}
			if (s.getEvidence() != null) {
				span(doc, s.getEvidence().getBegin(), s.getEvidence().getEnd());
			}
			if (s.getTarget() != null) {
				doc.add(new TextField(Fields.TARGET, s.getTarget() + " " + targetName(project, s.getTarget()),
						Field.Store.NO));
			}
		} else if (a instanceof SourceAttribution s) {
			// an unrated grade ("-") is left out: it would sort before A and 1 in range queries
			if (s.getReliability() != Reliability.UNRATED) {
				doc.add(new TextField(Fields.RELIABILITY, s.getReliability().getLiteral(), Field.Store.NO));
				facet(doc, Fields.RELIABILITY, s.getReliability().getLiteral());
			}
			if (s.getCredibility() != Credibility.UNRATED) {
				doc.add(new TextField(Fields.CREDIBILITY, s.getCredibility().getLiteral(), Field.Store.NO));
				facet(doc, Fields.CREDIBILITY, s.getCredibility().getLiteral());
			}
			if (s.getKind() != null) {
				doc.add(new TextField(Fields.SOURCE_KIND, s.getKind(), Field.Store.NO));
			}
			span(doc, s.getBegin(), s.getEnd());
			String name = sourceName(project, s.getSourceId());
			doc.add(new TextField(Fields.SOURCE_NAME, name + " " + covered(text, s.getBegin(), s.getEnd()),
					Field.Store.NO));
		}
		return doc;
	}

	private static void facet(Document doc, String field, String value) {
		doc.add(new SortedSetDocValuesField(Fields.FACETS, new BytesRef(field + ":" + value)));
	}

	private static void span(Document doc, int begin, int end) {
		doc.add(new StoredField(Fields.BEGIN, begin));
		doc.add(new StoredField(Fields.END, end));
	}

	private static Document base(String type, String documentId, String owner) {
		Document doc = new Document();
		doc.add(new TextField(Fields.TYPE, type, Field.Store.NO));
		doc.add(new StringField(Fields.ID, documentId, Field.Store.YES));
		doc.add(new SortedDocValuesField(Fields.ID_VALUES, new BytesRef(documentId)));
		doc.add(new StringField(Fields.SET_KEY, setKey(documentId, owner), Field.Store.NO));
		doc.add(new TextField(Fields.OWNER, owner(owner), Field.Store.NO));
		return doc;
	}

	private static String covered(String text, int begin, int end) {
		return begin >= 0 && end <= text.length() && begin < end ? text.substring(begin, end) : "";
	}

	private static String targetName(Project project, String id) {
		return project.getSchema().getStanceTargets().stream().filter(t -> t.getId().equals(id))
				.map(StanceTarget::getName).findFirst().orElse("");
	}

	private static String sourceName(Project project, String id) {
		return id == null ? ""
				: project.getSources().stream().filter(s -> s.getId().equals(id)).map(Source::getName).findFirst()
						.orElse("");
	}
}
