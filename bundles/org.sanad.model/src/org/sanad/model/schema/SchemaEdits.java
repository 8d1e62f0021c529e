package org.sanad.model.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sanad.model.Label;
import org.sanad.model.LabelSchema;
import org.sanad.model.Layer;
import org.sanad.model.SanadFactory;
import org.sanad.model.SourceKind;
import org.sanad.model.StanceTarget;

/**
 * Changes to a label schema, checked: a layer's names (entity labels, stance target ids, source
 * kind ids) stay unique and non-empty, entity keys do not clash. Each change raises the schema's
 * version. What the store does to existing annotations is the store's part.
 *
 * @since 0.2
 */
public final class SchemaEdits {

	private SchemaEdits() {
	}

	/** @return the names of a layer ({@link Layers#ENTITY}, {@link Layers#STANCE} or {@link Layers#SOURCE}), in order */
	public static List<String> names(LabelSchema schema, String layer) {
		List<String> names = new ArrayList<>();
		switch (checked(layer)) {
		case Layers.ENTITY -> entityLayer(schema).getLabels().forEach(l -> names.add(l.getName()));
		case Layers.STANCE -> schema.getStanceTargets().forEach(t -> names.add(t.getId()));
		default -> schema.getSourceKinds().forEach(k -> names.add(k.getId()));
		}
		return names;
	}

	/**
	 * Adds a name to a layer; for entities with a key and a colour ({@code #rrggbb}), either may be
	 * {@code null}.
	 *
	 * @throws IllegalArgumentException for an empty or taken name, a key in use, a colour that is
	 *                                  not {@code #rrggbb}
	 */
	public static void add(LabelSchema schema, String layer, String name, String key, String colour) {
		String clean = name(name);
		if (names(schema, layer).contains(clean)) {
			throw new IllegalArgumentException(layer + " '" + clean + "' exists already");
		}
		switch (checked(layer)) {
		case Layers.ENTITY -> {
			if (key != null) {
				entityLayer(schema).getLabels().stream().filter(l -> key.equals(l.getKey())).findFirst().ifPresent(l -> {
					throw new IllegalArgumentException("key " + key + " is taken by " + l.getName());
				});
			}
			if (colour != null && !colour.matches("#[0-9a-fA-F]{6}")) {
				throw new IllegalArgumentException("a colour is #rrggbb, not '" + colour + "'");
			}
			Label label = SanadFactory.eINSTANCE.createLabel();
			label.setName(clean);
			label.setKey(key);
			label.setColour(colour == null ? null : colour.toLowerCase(Locale.ROOT));
			entityLayer(schema).getLabels().add(label);
		}
		case Layers.STANCE -> {
			StanceTarget target = SanadFactory.eINSTANCE.createStanceTarget();
			target.setId(clean);
			target.setName(clean);
			schema.getStanceTargets().add(target);
		}
		default -> {
			SourceKind kind = SanadFactory.eINSTANCE.createSourceKind();
			kind.setId(clean);
			kind.setName(clean);
			schema.getSourceKinds().add(kind);
		}
		}
		schema.setVersion(schema.getVersion() + 1);
	}

	/**
	 * Sets an entity label's key, colour ({@code #rrggbb}) and description; {@code null} or blank
	 * clears one. Annotations keep label names, so none of them changes.
	 *
	 * @throws IllegalArgumentException if the label is not in the schema, the key is another
	 *                                  label's, or the colour is not {@code #rrggbb}
	 * @since 0.3
	 */
	public static void edit(LabelSchema schema, String name, String key, String colour, String description) {
		require(schema, Layers.ENTITY, name);
		String cleanKey = blankToNull(key);
		String cleanColour = blankToNull(colour);
		if (cleanKey != null) {
			if (cleanKey.codePointCount(0, cleanKey.length()) != 1 || Character.isWhitespace(cleanKey.codePointAt(0))) {
				throw new IllegalArgumentException("a key is one character, not '" + cleanKey + "'");
			}
			entityLayer(schema).getLabels().stream().filter(l -> cleanKey.equals(l.getKey()) && !l.getName().equals(name))
					.findFirst().ifPresent(l -> {
						throw new IllegalArgumentException("key " + cleanKey + " is taken by " + l.getName());
					});
		}
		if (cleanColour != null && !cleanColour.matches("#[0-9a-fA-F]{6}")) {
			throw new IllegalArgumentException("a colour is #rrggbb, not '" + cleanColour + "'");
		}
		Label label = find(schema, name);
		label.setKey(cleanKey);
		label.setColour(cleanColour == null ? null : cleanColour.toLowerCase(Locale.ROOT));
		label.setDescription(blankToNull(description));
		schema.setVersion(schema.getVersion() + 1);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/**
	 * Renames {@code from}, keeping its key, colour and description.
	 *
	 * @throws IllegalArgumentException if {@code from} is not in the layer or {@code to} is taken
	 */
	public static void rename(LabelSchema schema, String layer, String from, String to) {
		String clean = name(to);
		require(schema, layer, from);
		if (names(schema, layer).contains(clean)) {
			throw new IllegalArgumentException(layer + " '" + clean + "' exists already: merge " + from + " into it");
		}
		switch (checked(layer)) {
		case Layers.ENTITY -> find(schema, from).setName(clean);
		case Layers.STANCE -> schema.getStanceTargets().stream().filter(t -> t.getId().equals(from)).forEach(t -> {
			t.setId(clean);
			if (from.equals(t.getName())) {
				t.setName(clean);
			}
		});
		default -> schema.getSourceKinds().stream().filter(k -> k.getId().equals(from)).forEach(k -> {
			k.setId(clean);
			if (from.equals(k.getName())) {
				k.setName(clean);
			}
		});
		}
		schema.setVersion(schema.getVersion() + 1);
	}

	/**
	 * Takes {@code name} out of the layer (a merge takes out the label merged away).
	 *
	 * @throws IllegalArgumentException if it is not in the layer
	 */
	public static void remove(LabelSchema schema, String layer, String name) {
		require(schema, layer, name);
		switch (checked(layer)) {
		case Layers.ENTITY -> entityLayer(schema).getLabels().remove(find(schema, name));
		case Layers.STANCE -> schema.getStanceTargets().removeIf(t -> t.getId().equals(name));
		default -> schema.getSourceKinds().removeIf(k -> k.getId().equals(name));
		}
		schema.setVersion(schema.getVersion() + 1);
	}

	/** @throws IllegalArgumentException if the layer does not have {@code name} */
	public static void require(LabelSchema schema, String layer, String name) {
		if (!names(schema, layer).contains(name)) {
			throw new IllegalArgumentException("no " + layer + " '" + name + "' in the schema (" + layer + ": "
					+ String.join(", ", names(schema, layer)) + ")");
		}
	}

	private static Label find(LabelSchema schema, String name) {
		return entityLayer(schema).getLabels().stream().filter(l -> l.getName().equals(name)).findFirst().orElseThrow();
	}

	private static Layer entityLayer(LabelSchema schema) {
		return schema.getLayers().stream().filter(l -> Layers.ENTITY.equals(l.getId())).findFirst().orElseGet(() -> {
			Layer layer = SanadFactory.eINSTANCE.createLayer();
			layer.setId(Layers.ENTITY);
			layer.setName("Entities");
			schema.getLayers().add(layer);
			return layer;
		});
	}

	private static String checked(String layer) {
		if (!List.of(Layers.ENTITY, Layers.STANCE, Layers.SOURCE).contains(layer)) {
			throw new IllegalArgumentException("no layer '" + layer + "' (layers: entity, stance, source)");
		}
		return layer;
	}

	private static String name(String name) {
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty()) {
			throw new IllegalArgumentException("a name cannot be empty");
		}
		if (clean.contains("\n") || clean.length() > 100) {
			throw new IllegalArgumentException("a name is one line of at most 100 characters");
		}
		return clean;
	}
}
