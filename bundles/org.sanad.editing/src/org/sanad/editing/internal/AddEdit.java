package org.sanad.editing.internal;

import java.util.List;

import org.sanad.editing.AnnotationEdit;
import org.sanad.editing.Delta;
import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;

/** Adds annotations to a set. */
public final class AddEdit extends AnnotationEdit {

	private final AnnotationSet set;
	private final List<Annotation> annotations;

	public AddEdit(String label, AnnotationSet set, List<? extends Annotation> annotations) {
		super(label);
		this.set = set;
		this.annotations = List.copyOf(annotations);
	}

	@Override
	protected Delta forward() {
		set.getAnnotations().addAll(annotations);
		return Delta.created(annotations);
	}

	@Override
	protected Delta backward() {
		set.getAnnotations().removeAll(annotations);
		Delta delta = new Delta();
		annotations.forEach(delta::delete);
		return delta;
	}
}
