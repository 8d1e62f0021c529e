package org.sanad.exchange.uima.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.TypeSystem;
import org.apache.uima.cas.text.AnnotationFS;
import org.sanad.exchange.ExportedDocument;
import org.sanad.exchange.text.Sentences;
import org.sanad.exchange.text.Tokenizer;
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.EntityMention;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.TextSpan;

/** Fills a CAS with one exported document: the text as the sofa, every layer, sentences and tokens. */
final class CasWriter {

	/**
	 * A document's sentences and each one's tokens as UTF-16 {begin, end} pairs, in text order. They are cut
	 * apart from filling the CAS so that the exporter's thread does it while the writer thread
	 * serializes the document before.
	 */
	record Segments(List<int[]> sentences, List<List<int[]>> tokens) {
	}

	private CasWriter() {
	}

	/** Sentences and tokens as in the CoNLL export: no sentence boundary inside an entity, tokens cut at entities. */
	static Segments segment(ExportedDocument d) {
		String text = d.document().getText();
		List<EntityMention> entities = d.entities();
		TreeSet<Integer> cuts = new TreeSet<>();
		for (EntityMention m : entities) {
			cuts.add(m.getBegin());
			cuts.add(m.getEnd());
		}
		List<int[]> sentences = Sentences.split(text, d.document().getLanguage(), at -> !inside(entities, at));
		List<List<int[]>> tokens = new ArrayList<>(sentences.size());
		for (int[] s : sentences) {
			tokens.add(Tokenizer.tokens(text, s[0], s[1], cuts));
		}
		return new Segments(sentences, tokens);
	}

	static void fill(CAS cas, ExportedDocument d, Segments segments) {
		String text = d.document().getText();
		cas.reset();
		cas.setDocumentText(text);
		TypeSystem types = cas.getTypeSystem();
		// DocumentMetaData is the CAS's document annotation, as DKPro makes it.
		cas.removeFsFromIndexes(cas.getDocumentAnnotation());
		AnnotationFS metadata = cas.createAnnotation(types.getType(SanadTypeSystem.METADATA), 0, text.length());
		set(metadata, "documentId", d.document().getId());
		set(metadata, "documentTitle", d.document().getTitle());
		set(metadata, "language", d.document().getLanguage() == null ? "x-unspecified" : d.document().getLanguage());
		cas.addFsToIndexes(metadata);

		FeatureStructure set = cas.createFS(types.getType(SanadTypeSystem.SET));
		set(set, "annotator", d.annotator());
		cas.addFsToIndexes(set);

		Map<EntityMention, AnnotationFS> entities = new IdentityHashMap<>();
		for (EntityMention m : d.entities()) {
			AnnotationFS entity = annotation(cas, SanadTypeSystem.NAMED_ENTITY, m);
			set(entity, "value", m.getLabel());
			entities.put(m, entity);
		}
		for (SourceAttribution s : d.sources()) {
			AnnotationFS source = annotation(cas, SanadTypeSystem.SOURCE, s);
			set(source, "kind", s.getKind());
			set(source, "reliability", rating(s.getReliability().getLiteral()));
			set(source, "credibility", rating(s.getCredibility().getLiteral()));
			set(source, "registry", d.registryName(s));
			ArrayFS claims = cas.createArrayFS(s.getClaims().size());
			for (int i = 0; i < s.getClaims().size(); i++) {
				claims.set(i, annotation(cas, SanadTypeSystem.CLAIM, s.getClaims().get(i)));
			}
			source.setFeatureValue(source.getType().getFeatureByBaseName("claims"), claims);
		}
		for (Stance s : d.stances()) {
			TextSpan evidence = s.getEvidence();
			AnnotationFS stance = cas.createAnnotation(types.getType(SanadTypeSystem.STANCE),
					evidence == null ? 0 : evidence.getBegin(), evidence == null ? 0 : evidence.getEnd());
			set(stance, "target", s.getTarget());
			set(stance, "polarity", s.isSetPolarity() ? s.getPolarity().getLiteral() : null);
			stance.setBooleanValue(stance.getType().getFeatureByBaseName("documentLevel"), evidence == null);
			AnnotationFS holder = s.getHolder() == null ? null : entities.get(s.getHolder());
			if (holder != null) {
				stance.setFeatureValue(stance.getType().getFeatureByBaseName("holder"), holder);
			}
			cas.addFsToIndexes(stance);
		}
		for (BoilerplateRegion r : d.document().getBoilerplate()) {
			annotation(cas, SanadTypeSystem.BOILERPLATE, r);
		}
		Type sentence = cas.getTypeSystem().getType(SanadTypeSystem.SENTENCE);
		Type token = cas.getTypeSystem().getType(SanadTypeSystem.TOKEN);
		for (int i = 0; i < segments.sentences().size(); i++) {
			int[] s = segments.sentences().get(i);
			cas.addFsToIndexes(cas.createAnnotation(sentence, s[0], s[1]));
			for (int[] t : segments.tokens().get(i)) {
				cas.addFsToIndexes(cas.createAnnotation(token, t[0], t[1]));
			}
		}
	}

	private static boolean inside(List<EntityMention> entities, int at) {
		for (EntityMention m : entities) {
			if (m.getBegin() < at && at < m.getEnd()) {
				return true;
			}
		}
		return false;
	}

	private static AnnotationFS annotation(CAS cas, String type, TextSpan span) {
		AnnotationFS annotation = cas.createAnnotation(cas.getTypeSystem().getType(type), span.getBegin(), span.getEnd());
		cas.addFsToIndexes(annotation);
		return annotation;
	}

	private static String rating(String literal) {
		return "-".equals(literal) ? null : literal;
	}

	private static void set(FeatureStructure fs, String feature, String value) {
		if (value != null) {
			fs.setStringValue(fs.getType().getFeatureByBaseName(feature), value);
		}
	}
}
