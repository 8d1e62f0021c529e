package org.sanad.model.schema;

import org.sanad.model.Label;
import org.sanad.model.LabelSchema;
import org.sanad.model.Layer;
import org.sanad.model.SanadFactory;
import org.sanad.model.ScaleLevel;

/** The schema a new project starts with: entity types, stance targets, source kinds, Admiralty scales. */
public final class DefaultSchema {

	private static final SanadFactory FACTORY = SanadFactory.eINSTANCE;

	private DefaultSchema() {
	}

	/** @return a new, independent copy of the default schema, version 1 */
	public static LabelSchema create() {
		LabelSchema schema = FACTORY.createLabelSchema();
		schema.setName("Sanad default");
		schema.setVersion(1);
		schema.getLayers().add(entityLayer());
		schema.getLayers().add(layer(Layers.STANCE, "Stance"));
		schema.getLayers().add(layer(Layers.SOURCE, "Source reliability"));
		target(schema, "us-presence-iraq", "US military presence in Iraq");
		target(schema, "coalition-mission-end", "End of the coalition mission");
		kind(schema, "named-official", "Named official");
		kind(schema, "anonymous-official", "Anonymous official");
		kind(schema, "institution", "Institution or statement");
		kind(schema, "media", "Media outlet");
		kind(schema, "unnamed", "Unnamed or other");
		level(schema.getReliabilityScale(), "A", "Completely reliable", false);
		level(schema.getReliabilityScale(), "B", "Usually reliable", false);
		level(schema.getReliabilityScale(), "C", "Fairly reliable", false);
		level(schema.getReliabilityScale(), "D", "Not usually reliable", false);
		level(schema.getReliabilityScale(), "E", "Unreliable", false);
		level(schema.getReliabilityScale(), "F", "Reliability cannot be judged", true);
		level(schema.getCredibilityScale(), "1", "Confirmed by other sources", false);
		level(schema.getCredibilityScale(), "2", "Probably true", false);
		level(schema.getCredibilityScale(), "3", "Possibly true", false);
		level(schema.getCredibilityScale(), "4", "Doubtful", false);
		level(schema.getCredibilityScale(), "5", "Improbable", false);
		level(schema.getCredibilityScale(), "6", "Truth cannot be judged", true);
		return schema;
	}

	private static Layer entityLayer() {
		Layer layer = layer(Layers.ENTITY, "Entities");
		label(layer, "PER", "Person", "#e6550d", "1");
		label(layer, "ORG", "Organisation, incl. militias and government bodies", "#3182bd", "2");
		label(layer, "GPE", "Country, city or region with a government", "#31a354", "3");
		label(layer, "LOC", "Other place", "#74c476", "4");
		label(layer, "FAC", "Facility: base, embassy", "#8c6d31", "5");
		label(layer, "NORP", "Nationality, religious or political group", "#756bb1", "6");
		label(layer, "EVENT", "Event", "#d6616b", "7");
		label(layer, "DATE", "Date", "#969696", "8");
		label(layer, "QUANTITY", "Quantity, e.g. 2,500 soldiers", "#bcbd22", "9");
		return layer;
	}

	private static Layer layer(String id, String name) {
		Layer layer = FACTORY.createLayer();
		layer.setId(id);
		layer.setName(name);
		return layer;
	}

	private static void label(Layer layer, String name, String description, String colour, String key) {
		Label label = FACTORY.createLabel();
		label.setName(name);
		label.setDescription(description);
		label.setColour(colour);
		label.setKey(key);
		layer.getLabels().add(label);
	}

	private static void target(LabelSchema schema, String id, String name) {
		var target = FACTORY.createStanceTarget();
		target.setId(id);
		target.setName(name);
		schema.getStanceTargets().add(target);
	}

	private static void kind(LabelSchema schema, String id, String name) {
		var kind = FACTORY.createSourceKind();
		kind.setId(id);
		kind.setName(name);
		schema.getSourceKinds().add(kind);
	}

	private static void level(java.util.List<ScaleLevel> scale, String code, String name, boolean missing) {
		ScaleLevel level = FACTORY.createScaleLevel();
		level.setCode(code);
		level.setName(name);
		level.setMissing(missing);
		scale.add(level);
	}
}
