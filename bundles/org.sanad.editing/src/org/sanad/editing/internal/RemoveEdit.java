package org.sanad.editing.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanad.editing.AnnotationEdit;
import org.sanad.editing.Delta;
import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;
import org.sanad.model.EntityMention;
import org.sanad.model.Stance;

/**
 * Removes annotations from a set. Stances whose holder is removed lose the holder, and get it
 * back on undo, so no stance points at a mention that is gone.
 */
public final class RemoveEdit extends AnnotationEdit {

	private final AnnotationSet set;
	private final List<Annotation> annotations;
	private final Map<Annotation, Integer> positions = new LinkedHashMap<>();
	private final Map<Stance, EntityMention> orphaned = new LinkedHashMap<>();

	public RemoveEdit(String label, AnnotationSet set, List<? extends Annotation> annotations) {
		super(label);
		this.set = set;
		this.annotations = List.copyOf(annotations);
	}

	@Override
	protected Delta forward() {
		Delta delta = new Delta();
		positions.clear();
		orphaned.clear();
		List<Annotation> list = set.getAnnotations();
		for (Annotation a : annotations) {
			if (a.eContainer() == set) {
				positions.put(a, list.indexOf(a));
			}
		}
		// only mentions hold stances: removing sources or stances needs no look through the set
		if (positions.keySet().stream().anyMatch(EntityMention.class::isInstance)) {
			for (int i = 0; i < list.size(); i++) {
				if (list.get(i) instanceof Stance stance && stance.getHolder() != null
						&& positions.containsKey(stance.getHolder()) && !positions.containsKey(stance)) {
					orphaned.put(stance, stance.getHolder());
				}
			}
		}
		orphaned.keySet().forEach(stance -> {
			stance.setHolder(null);
			delta.update(stance);
		});
		// by index, last first: removeAll would compare every annotation of the set with the removed ones
		positions.values().stream().sorted(Comparator.reverseOrder()).forEach(at -> list.remove(at.intValue()));
		positions.keySet().forEach(delta::delete);
		return delta;
	}

	@Override
	protected Delta backward() {
		Delta delta = new Delta();
		List<Map.Entry<Annotation, Integer>> back = new ArrayList<>(positions.entrySet());
		back.sort(Comparator.comparingInt(Map.Entry::getValue));
		for (var entry : back) {
			set.getAnnotations().add(Math.min(entry.getValue(), set.getAnnotations().size()), entry.getKey());
			delta.create(entry.getKey());
		}
		orphaned.forEach((stance, holder) -> {
			stance.setHolder(holder);
			delta.update(stance);
		});
		return delta;
	}
}
