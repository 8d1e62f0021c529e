package org.sanad.importer.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.sanad.importer.ImportedAnnotations;
import org.sanad.model.Annotation;
import org.sanad.model.EntityMention;
import org.sanad.model.Label;
import org.sanad.model.LabelSchema;
import org.sanad.model.Layer;
import org.sanad.model.SourceAttribution;
import org.sanad.model.SourceKind;
import org.sanad.model.Stance;
import org.sanad.model.StanceTarget;
import org.sanad.model.schema.Layers;

/** Checks imported annotations against a project's schema: labels, stance targets and source kinds by id. */
final class SchemaCheck {

	private final Set<String> labels = new LinkedHashSet<>();
	private final Set<String> targets = new LinkedHashSet<>();
	private final Set<String> kinds = new LinkedHashSet<>();

	SchemaCheck(LabelSchema schema) {
		for (Layer layer : schema.getLayers()) {
			if (Layers.ENTITY.equals(layer.getId())) {
				layer.getLabels().stream().map(Label::getName).forEach(labels::add);
			}
		}
		schema.getStanceTargets().stream().map(StanceTarget::getId).forEach(targets::add);
		schema.getSourceKinds().stream().map(SourceKind::getId).forEach(kinds::add);
	}

	/** @return what is not in the schema, naming the field, or {@code null} when everything is */
	String problem(ImportedAnnotations imported) {
		for (Annotation annotation : imported.annotations()) {
			String where = imported.where(annotation);
			switch (annotation) {
			case EntityMention m when !labels.contains(m.getLabel()) ->
				{
					return unknown(where + ".label", m.getLabel(), "an entity label", labels);
				}
			case Stance s when !targets.contains(s.getTarget()) ->
				{
					return unknown(where + ".target", s.getTarget(), "a stance target", targets);
				}
			case SourceAttribution s when s.getKind() != null && !kinds.contains(s.getKind()) ->
				{
					return unknown(where + ".kind", s.getKind(), "a source kind", kinds);
				}
			default -> {
			}
			}
		}
		return null;
	}

	private static String unknown(String field, String value, String what, Set<String> known) {
		return "\"" + field + "\" \"" + value + "\" is not " + what + " of the project's schema (" + String.join(", ", known)
				+ ")";
	}
}
