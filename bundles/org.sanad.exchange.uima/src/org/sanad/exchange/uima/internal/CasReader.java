package org.sanad.exchange.uima.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FSIterator;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.text.AnnotationFS;
import org.sanad.importer.ImportedAnnotations;
import org.sanad.model.Annotation;
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.Credibility;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Reliability;
import org.sanad.model.SanadFactory;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.TextSpan;
import org.sanad.model.text.CodePointIndex;

/** Turns a CAS into a document with its annotations; a bad annotation throws, naming its type, place and field. */
final class CasReader {

	private static final SanadFactory F = SanadFactory.eINSTANCE;

	private final CAS cas;
	private final String text;
	private final CodePointIndex index;
	private final Map<Annotation, String> fields = new LinkedHashMap<>();

	private CasReader(CAS cas) {
		this.cas = cas;
		this.text = cas.getDocumentText();
		this.index = CodePointIndex.of(text);
	}

	static Document read(CAS cas, Path file) {
		if (cas.getDocumentText() == null || cas.getDocumentText().isBlank()) {
			throw new IllegalArgumentException("has no document text");
		}
		return new CasReader(cas).document(file);
	}

	private Document document(Path file) {
		Document document = F.createDocument();
		document.setText(text);
		document.setOrigin(file.toString());
		document.getMetadata().put("format", "xmi");
		FeatureStructure metadata = first(SanadTypeSystem.METADATA);
		if (metadata != null) {
			document.setTitle(string(metadata, "documentTitle"));
			String language = string(metadata, "language");
			if (language != null && !language.equals("x-unspecified")) {
				document.setLanguage(language);
			}
		}
		FeatureStructure set = first(SanadTypeSystem.SET);
		List<Annotation> annotations = new ArrayList<>();
		Map<FeatureStructure, EntityMention> entities = new IdentityHashMap<>();
		int i = 0;
		for (AnnotationFS fs : all(SanadTypeSystem.NAMED_ENTITY)) {
			String field = "NamedEntity[" + i++ + "]";
			EntityMention m = F.createEntityMention();
			span(fs, field, m);
			m.setLabel(string(fs, "value"));
			if (m.getLabel() == null || m.getLabel().isBlank()) {
				throw new IllegalArgumentException(field + " at " + fs.getBegin() + "–" + fs.getEnd() + " has no value (label)");
			}
			entities.put(fs, m);
			add(annotations, m, field);
		}
		Map<SourceAttribution, String> registry = new HashMap<>();
		i = 0;
		for (AnnotationFS fs : all(SanadTypeSystem.SOURCE)) {
			String field = "Source[" + i++ + "]";
			SourceAttribution s = F.createSourceAttribution();
			span(fs, field, s);
			s.setKind(string(fs, "kind"));
			s.setReliability(rating(Reliability.get(orDash(string(fs, "reliability"))), field + ".reliability",
					string(fs, "reliability")));
			s.setCredibility(rating(Credibility.get(orDash(string(fs, "credibility"))), field + ".credibility",
					string(fs, "credibility")));
			String name = string(fs, "registry");
			if (name != null && !name.isBlank()) {
				registry.put(s, name.strip());
			}
			if (fs.getFeatureValue(fs.getType().getFeatureByBaseName("claims")) instanceof ArrayFS claims) {
				for (int c = 0; c < claims.size(); c++) {
					TextSpan claim = F.createTextSpan();
					span((AnnotationFS) claims.get(c), field + ".claims[" + c + "]", claim);
					s.getClaims().add(claim);
				}
			}
			add(annotations, s, field);
		}
		i = 0;
		for (AnnotationFS fs : all(SanadTypeSystem.STANCE)) {
			String field = "Stance[" + i++ + "]";
			Stance s = F.createStance();
			s.setTarget(string(fs, "target"));
			String polarity = string(fs, "polarity");
			if (polarity != null) {
				s.setPolarity(rating(Polarity.get(polarity), field + ".polarity", polarity));
			}
			if (fs.getFeatureValue(fs.getType().getFeatureByBaseName("holder")) instanceof FeatureStructure holder) {
				s.setHolder(entities.get(holder));
			}
			if (!fs.getBooleanValue(fs.getType().getFeatureByBaseName("documentLevel"))) {
				TextSpan evidence = F.createTextSpan();
				span(fs, field, evidence);
				s.setEvidence(evidence);
			}
			add(annotations, s, field);
		}
		boolean sanads = set != null;
		if (sanads) {
			i = 0;
			for (AnnotationFS fs : all(SanadTypeSystem.BOILERPLATE)) {
				BoilerplateRegion region = F.createBoilerplateRegion();
				span(fs, "Boilerplate[" + i++ + "]", region);
				region.setRule("imported");
				document.getBoilerplate().add(region);
			}
		}
		String annotator = set == null ? null : string(set, "annotator");
		new ImportedAnnotations(annotator, annotations, registry, fields, sanads, file, 0).attachTo(document);
		return document;
	}

	private void add(List<Annotation> annotations, Annotation annotation, String field) {
		annotations.add(annotation);
		fields.put(annotation, field);
	}

	private void span(AnnotationFS fs, String field, TextSpan span) {
		int begin = fs.getBegin();
		int end = fs.getEnd();
		if (begin < 0 || end < begin || end > text.length()) {
			throw new IllegalArgumentException(field + " at " + begin + "–" + end + " is outside the text (" + text.length()
					+ " UTF-16 units)");
		}
		if (!index.isBoundary(begin) || !index.isBoundary(end)) {
			throw new IllegalArgumentException(field + " at " + begin + "–" + end + " splits a character in two");
		}
		span.setBegin(begin);
		span.setEnd(end);
	}

	private static <T> T rating(T value, String field, String given) {
		if (value == null) {
			throw new IllegalArgumentException(field + " \"" + given + "\" is not a value Sanad knows");
		}
		return value;
	}

	private static String orDash(String value) {
		return value == null ? "-" : value;
	}

	private List<AnnotationFS> all(String typeName) {
		Type type = cas.getTypeSystem().getType(typeName);
		List<AnnotationFS> all = new ArrayList<>();
		for (FSIterator<AnnotationFS> it = cas.getAnnotationIndex(type).iterator(); it.hasNext();) {
			all.add(it.next());
		}
		return all;
	}

	private FeatureStructure first(String typeName) {
		Type type = cas.getTypeSystem().getType(typeName);
		FSIterator<FeatureStructure> it = cas.getIndexRepository().getAllIndexedFS(type);
		return it.hasNext() ? it.next() : null;
	}

	private static String string(FeatureStructure fs, String feature) {
		var f = fs.getType().getFeatureByBaseName(feature);
		return f == null ? null : fs.getStringValue(f);
	}
}
