package org.sanad.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sanad.model.LabelSchema;
import org.sanad.model.schema.Layers;

/**
 * Schema changes not yet applied, as a settings editor holds them: each is checked against the
 * schema as the changes before it leave it (as the store will check it), the last one can be
 * undone, and {@link CorpusStore#changeSchema(String, List, String)} applies them all or none.
 * Annotation counts follow the pending changes, so a user sees what a merge or removal will touch.
 * Not thread-safe: one editor's.
 *
 * @since 0.7
 */
public final class SchemaDraft {

	private final LabelSchema base;
	private final Map<String, Map<String, Long>> baseUsage;
	private final List<SchemaChange> pending = new ArrayList<>();
	private LabelSchema working;

	/**
	 * @param base  the project's schema as stored (not changed by the draft)
	 * @param usage per layer, per name, how many annotations use it ({@link CorpusStore#labelUsage})
	 */
	public SchemaDraft(LabelSchema base, Map<String, Map<String, Long>> usage) {
		this.base = EcoreUtil.copy(base);
		this.baseUsage = Map.copyOf(usage);
		this.working = EcoreUtil.copy(base);
	}

	/**
	 * Adds a change after the pending ones.
	 *
	 * @throws IllegalArgumentException if it does not fit the schema as the pending changes leave it,
	 *                                  or removes a name in use without deleting its annotations;
	 *                                  the draft is unchanged then
	 */
	public void propose(SchemaChange change) {
		LabelSchema next = EcoreUtil.copy(working);
		change.applyTo(next);
		if (change.action() == SchemaChange.Action.REMOVE && !change.deleteAnnotations()) {
			long used = usage(change.layer()).getOrDefault(change.name(), 0L);
			if (used > 0) {
				throw new IllegalArgumentException(change.layer() + " '" + change.name() + "' is used by " + used
						+ " annotation" + (used == 1 ? "" : "s") + ": merge it into another, or delete them with it");
			}
		}
		pending.add(change);
		working = next;
	}

	/** @return the change undone, or {@code null} if none was pending */
	public SchemaChange undo() {
		if (pending.isEmpty()) {
			return null;
		}
		SchemaChange undone = pending.removeLast();
		LabelSchema replay = EcoreUtil.copy(base);
		pending.forEach(c -> c.applyTo(replay));
		working = replay;
		return undone;
	}

	/** @return the pending changes, oldest first */
	public List<SchemaChange> pending() {
		return List.copyOf(pending);
	}

	/** @return whether any change is pending */
	public boolean isDirty() {
		return !pending.isEmpty();
	}

	/** @return the schema as the pending changes leave it (a copy: changing it changes nothing) */
	public LabelSchema schema() {
		return EcoreUtil.copy(working);
	}

	/**
	 * @param layer {@link Layers#ENTITY}, {@link Layers#STANCE} or {@link Layers#SOURCE}
	 * @return per name, how many annotations will use it once the pending changes are applied
	 */
	public Map<String, Long> usage(String layer) {
		Map<String, Long> usage = new HashMap<>(baseUsage.getOrDefault(layer, Map.of()));
		for (SchemaChange change : pending) {
			if (!change.layer().equals(layer)) {
				continue;
			}
			Long moved = usage.remove(change.name());
			switch (change.action()) {
			case RENAME, MERGE -> {
				if (moved != null) {
					usage.merge(change.into(), moved, Long::sum);
				}
			}
			case ADD, EDIT -> {
				if (moved != null) {
					usage.put(change.name(), moved);
				}
			}
			case REMOVE -> {
				// gone, with its annotations
			}
			}
		}
		return new TreeMap<>(usage);
	}
}
