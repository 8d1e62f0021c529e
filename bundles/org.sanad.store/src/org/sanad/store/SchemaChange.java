package org.sanad.store;

import java.util.Objects;

/**
 * One change of a project's label schema that existing annotations follow: a new schema version,
 * and every annotation of every set (annotators' and gold) renamed, merged or removed with it, in
 * one transaction, each change in the audit.
 *
 * @param action            what to do
 * @param layer             {@code entity} (labels), {@code stance} (targets) or {@code source} (kinds)
 * @param name              the name added, renamed, merged away or removed
 * @param into              the new name (rename) or the name merged into (merge); else {@code null}
 * @param key               an added entity label's key, or {@code null}
 * @param colour            an added entity label's colour {@code #rrggbb}, or {@code null}
 * @param deleteAnnotations remove: also delete the annotations that use the name (else refused
 *                          while any does)
 * @param description       an edited entity label's description, or {@code null} (since 0.7)
 * @since 0.6
 */
public record SchemaChange(Action action, String layer, String name, String into, String key, String colour,
		boolean deleteAnnotations, String description) {

	/** What a change does. */
	public enum Action {
		/** A new name; no annotation changes. */
		ADD,
		/** {@code name} becomes {@code into}, in the schema and every annotation. */
		RENAME,
		/** {@code name}'s annotations become {@code into}'s; {@code name} leaves the schema. */
		MERGE,
		/** {@code name} leaves the schema. */
		REMOVE,
		/**
		 * An entity label's key, colour and description are set; no annotation changes.
		 *
		 * @since 0.7
		 */
		EDIT
	}

	/** A change without a description, as of 0.6. */
	public SchemaChange(Action action, String layer, String name, String into, String key, String colour,
			boolean deleteAnnotations) {
		this(action, layer, name, into, key, colour, deleteAnnotations, null);
	}

	public SchemaChange {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(layer, "layer");
		Objects.requireNonNull(name, "name");
		if ((action == Action.RENAME || action == Action.MERGE) && into == null) {
			throw new IllegalArgumentException(action + " needs the name it goes into");
		}
	}

	/** @return a change adding {@code name} to {@code layer} */
	public static SchemaChange add(String layer, String name, String key, String colour) {
		return new SchemaChange(Action.ADD, layer, name, null, key, colour, false);
	}

	/** @return a change renaming {@code from} to {@code to} */
	public static SchemaChange rename(String layer, String from, String to) {
		return new SchemaChange(Action.RENAME, layer, from, to, null, null, false);
	}

	/** @return a change merging {@code from} into {@code into} */
	public static SchemaChange merge(String layer, String from, String into) {
		return new SchemaChange(Action.MERGE, layer, from, into, null, null, false);
	}

	/**
	 * @return a change setting entity label {@code name}'s key, colour and description (blank clears)
	 * @since 0.7
	 */
	public static SchemaChange edit(String name, String key, String colour, String description) {
		return new SchemaChange(Action.EDIT, "entity", name, null, key, colour, false, description);
	}

	/**
	 * Makes this change to a schema (its version rises), checked as the store checks it; what
	 * happens to annotations is the store's part.
	 *
	 * @throws IllegalArgumentException if the change does not fit the schema
	 * @since 0.7
	 */
	public void applyTo(org.sanad.model.LabelSchema schema) {
		switch (action) {
		case ADD -> org.sanad.model.schema.SchemaEdits.add(schema, layer, name, key, colour);
		case RENAME -> org.sanad.model.schema.SchemaEdits.rename(schema, layer, name, into);
		case MERGE -> {
			org.sanad.model.schema.SchemaEdits.require(schema, layer, into);
			if (name.equals(into)) {
				throw new IllegalArgumentException("a label cannot be merged into itself");
			}
			org.sanad.model.schema.SchemaEdits.remove(schema, layer, name);
		}
		case REMOVE -> org.sanad.model.schema.SchemaEdits.remove(schema, layer, name);
		case EDIT -> org.sanad.model.schema.SchemaEdits.edit(schema, name, key, colour, description);
		}
	}

	/** @return a sentence saying what the change does, for lists and logs */
	public String describe() {
		return switch (action) {
		case ADD -> "add " + layer + " '" + name + "'";
		case RENAME -> "rename " + layer + " '" + name + "' to '" + into + "'";
		case MERGE -> "merge " + layer + " '" + name + "' into '" + into + "'";
		case REMOVE -> "remove " + layer + " '" + name + "'" + (deleteAnnotations ? " and its annotations" : "");
		case EDIT -> "edit " + layer + " '" + name + "'";
		};
	}

	/** @return a change removing {@code name}, and its annotations when {@code deleteAnnotations} */
	public static SchemaChange remove(String layer, String name, boolean deleteAnnotations) {
		return new SchemaChange(Action.REMOVE, layer, name, null, null, null, deleteAnnotations);
	}
}
