package org.sanad.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.Credibility;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Label;
import org.sanad.model.LabelSchema;
import org.sanad.model.Layer;
import org.sanad.model.Reliability;
import org.sanad.model.SourceAttribution;
import org.sanad.model.SourceKind;
import org.sanad.model.Stance;
import org.sanad.model.StanceTarget;
import org.sanad.model.TextSpan;
import org.sanad.model.schema.Layers;
import org.sanad.model.text.CodePointIndex;
import org.sanad.model.validation.Problem.Code;
import org.sanad.model.validation.Problem.Severity;

/** Checks one annotation set against its document and schema. */
public final class AnnotationValidator {

	private final Document document;
	private final CodePointIndex index;
	private final Set<String> entityLabels;
	private final Set<String> targets;
	private final Set<String> sourceKinds;

	/** @param document the annotated document; its text, if loaded, also lets spans be checked for split characters */
	public AnnotationValidator(Document document, LabelSchema schema) {
		this.document = document;
		this.index = document.isSetText() ? CodePointIndex.of(document.getText()) : null;
		this.entityLabels = schema.getLayers().stream().filter(l -> Layers.ENTITY.equals(l.getId()))
				.map(Layer::getLabels).flatMap(List::stream).map(Label::getName).collect(Collectors.toSet());
		this.targets = schema.getStanceTargets().stream().map(StanceTarget::getId).collect(Collectors.toSet());
		this.sourceKinds = schema.getSourceKinds().stream().map(SourceKind::getId).collect(Collectors.toSet());
	}

	/** @return every problem of the set, in annotation order; empty when all is well */
	public List<Problem> validate(AnnotationSet set) {
		List<Problem> problems = new ArrayList<>();
		for (Annotation annotation : set.getAnnotations()) {
			validate(annotation, set, problems);
		}
		return problems;
	}

	private void validate(Annotation annotation, AnnotationSet set, List<Problem> problems) {
		if (annotation instanceof EntityMention mention) {
			checkSpan(mention, mention, problems);
			if (!entityLabels.contains(mention.getLabel())) {
				problems.add(error(Code.UNKNOWN_LABEL, "Entity label '" + mention.getLabel() + "' is not in the schema",
						mention, mention));
			}
		} else if (annotation instanceof Stance stance) {
			checkStance(stance, set, problems);
		} else if (annotation instanceof SourceAttribution source) {
			checkSource(source, problems);
		}
	}

	private void checkStance(Stance stance, AnnotationSet set, List<Problem> problems) {
		TextSpan at = stance.getEvidence();
		if (at != null) {
			checkSpan(stance, at, problems);
		}
		if (stance.getTarget() == null || stance.getTarget().isBlank()) {
			problems.add(error(Code.STANCE_WITHOUT_TARGET, "Stance has no target", stance, at));
		} else if (!targets.contains(stance.getTarget())) {
			problems.add(error(Code.UNKNOWN_TARGET, "Stance target '" + stance.getTarget() + "' is not in the schema",
					stance, at));
		}
		if (!stance.isSetPolarity()) {
			problems.add(error(Code.STANCE_WITHOUT_POLARITY, "Stance has no polarity", stance, at));
		}
		if (stance.getHolder() != null && !set.getAnnotations().contains(stance.getHolder())) {
			problems.add(error(Code.HOLDER_NOT_IN_SET, "Stance holder is not an entity mention of this set", stance, at));
		}
	}

	private void checkSource(SourceAttribution source, List<Problem> problems) {
		checkSpan(source, source, problems);
		for (TextSpan claim : source.getClaims()) {
			checkSpan(source, claim, problems);
		}
		if (source.getReliability() == Reliability.UNRATED || source.getCredibility() == Credibility.UNRATED) {
			problems.add(error(Code.SOURCE_WITHOUT_RATING,
					"Source is not fully rated (reliability " + source.getReliability().getLiteral() + ", credibility "
							+ source.getCredibility().getLiteral() + ")",
					source, source));
		}
		if (source.getKind() != null && !sourceKinds.contains(source.getKind())) {
			problems.add(error(Code.UNKNOWN_SOURCE_KIND, "Source kind '" + source.getKind() + "' is not in the schema",
					source, source));
		}
	}

	private void checkSpan(Annotation annotation, TextSpan span, List<Problem> problems) {
		int length = document.isSetText() ? document.getText().length() : document.getLength();
		if (span.getBegin() < 0 || span.getEnd() > length) {
			problems.add(error(Code.SPAN_OUTSIDE_TEXT, "Span " + span.getBegin() + "–" + span.getEnd()
					+ " lies outside the text (length " + length + ")", annotation, span));
			return;
		}
		if (span.getBegin() >= span.getEnd()) {
			problems.add(error(Code.EMPTY_SPAN, "Span begins at " + span.getBegin() + " but ends at " + span.getEnd(),
					annotation, span));
			return;
		}
		if (index != null && !(index.isBoundary(span.getBegin()) && index.isBoundary(span.getEnd()))) {
			problems.add(error(Code.SPLITS_CHARACTER, "Span " + span.getBegin() + "–" + span.getEnd()
					+ " splits a character in two", annotation, span));
		}
		for (BoilerplateRegion region : document.getBoilerplate()) {
			if (span.getBegin() < region.getEnd() && region.getBegin() < span.getEnd()) {
				problems.add(new Problem(Severity.WARNING, Code.CROSSES_BOILERPLATE,
						"Span overlaps boilerplate " + region.getBegin() + "–" + region.getEnd(), annotation.getId(),
						span.getBegin(), span.getEnd()));
				break;
			}
		}
	}

	private static Problem error(Code code, String message, Annotation annotation, TextSpan at) {
		return new Problem(Severity.ERROR, code, message, annotation.getId(), at == null ? -1 : at.getBegin(),
				at == null ? -1 : at.getEnd());
	}
}
