package org.sanad.exchange.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.sanad.exchange.ExportOptions;
import org.sanad.exchange.ExportedDocument;
import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.TextSpan;
import org.sanad.model.text.CodePointIndex;

/** Turns a stored document and set into what formats write: boilerplate's annotations out, layers sorted. */
final class Documents {

	private static final Comparator<TextSpan> BY_SPAN = Comparator.comparingInt(TextSpan::getBegin)
			.thenComparingInt(TextSpan::getEnd);

	private Documents() {
	}

	static ExportedDocument prepare(Document document, AnnotationSet set, String annotator,
			Map<String, String> registry, String part, ExportOptions options, SetCounts counts) {
		List<EntityMention> entities = new ArrayList<>();
		List<SourceAttribution> sources = new ArrayList<>();
		List<Stance> stances = new ArrayList<>();
		List<BoilerplateRegion> boilerplate = document.getBoilerplate();
		for (Annotation annotation : set.getAnnotations()) {
			TextSpan span = spanOf(annotation);
			if (!options.includeBoilerplate() && span != null && inBoilerplate(span, boilerplate)) {
				counts.leftOutInBoilerplate++;
				continue;
			}
			switch (annotation) {
			case EntityMention m -> entities.add(m);
			case SourceAttribution s -> sources.add(s);
			case Stance s -> stances.add(s);
			default -> throw new IllegalStateException("Unknown annotation kind " + annotation.eClass().getName());
			}
		}
		entities.sort(BY_SPAN.thenComparing(m -> ((EntityMention) m).getLabel())
				.thenComparing(m -> ((EntityMention) m).getId())::compare);
		sources.sort(BY_SPAN.thenComparing(s -> String.valueOf(((SourceAttribution) s).getKind()))
				.thenComparing(s -> ((SourceAttribution) s).getId())::compare);
		stances.sort(Comparator.comparingInt((Stance s) -> s.getEvidence() == null ? -1 : s.getEvidence().getBegin())
				.thenComparingInt(s -> s.getEvidence() == null ? -1 : s.getEvidence().getEnd())
				.thenComparing(s -> String.valueOf(s.getTarget())).thenComparing(Stance::getId));
		return new ExportedDocument(document, annotator, entities, sources, stances, registry, part, options.offsets(),
				CodePointIndex.of(document.getText()));
	}

	/** @return the span an annotation covers: its own, a stance's evidence, or {@code null} for a document-level stance */
	static TextSpan spanOf(Annotation annotation) {
		return annotation instanceof Stance s ? s.getEvidence() : (TextSpan) annotation;
	}

	/** @return whether the span lies wholly inside one boilerplate region */
	static boolean inBoilerplate(TextSpan span, List<BoilerplateRegion> boilerplate) {
		for (BoilerplateRegion region : boilerplate) {
			if (region.getBegin() <= span.getBegin() && span.getEnd() <= region.getEnd()) {
				return true;
			}
		}
		return false;
	}
}
