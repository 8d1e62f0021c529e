package org.sanad.editing.internal;

import java.util.List;

import org.sanad.editing.AnnotationEdit;
import org.sanad.editing.Delta;

/** Several edits as one: one undo step and one store action. */
public final class CompoundEdit extends AnnotationEdit {

	private final List<AnnotationEdit> edits;

	public CompoundEdit(String label, List<AnnotationEdit> edits) {
		super(label);
		this.edits = List.copyOf(edits);
	}

	@Override
	protected Delta forward() {
		Delta delta = new Delta();
		for (AnnotationEdit edit : edits) {
			edit.execute();
			delta.then(edit.lastDelta());
		}
		return delta;
	}

	@Override
	protected Delta backward() {
		Delta delta = new Delta();
		for (int i = edits.size() - 1; i >= 0; i--) {
			edits.get(i).undo();
			delta.then(edits.get(i).lastDelta());
		}
		return delta;
	}
}
