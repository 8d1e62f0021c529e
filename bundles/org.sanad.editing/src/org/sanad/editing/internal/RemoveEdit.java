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
		for (Annotation a : annotations) {
			int at = set.getAnnotations().indexOf(a);
			if (at >= 0) {
				positions.put(a, at);
			}
		}
		for (Annotation a : set.getAnnotations()) {
			if (a instanceof Stance stance && stance.getHolder() != null && positions.containsKey(stance.getHolder())
					&& !positions.containsKey(stance)) {
				orphaned.put(stance, stance.getHolder());
			}
		}
		orphaned.keySet().forEach(stance -> {
			stance.setHolder(null);
			delta.update(stance);
		});
		set.getAnnotations().removeAll(positions.keySet());
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
