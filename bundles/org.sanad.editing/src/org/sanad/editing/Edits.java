package org.sanad.editing;

import java.util.List;
import java.util.function.Consumer;

import org.sanad.editing.internal.AddEdit;
import org.sanad.editing.internal.ChangeEdit;
import org.sanad.editing.internal.CompoundEdit;
import org.sanad.editing.internal.RemoveEdit;
import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;

/** The undoable edits of an annotation set; run them with {@link AnnotationSession#execute}. */
public final class Edits {

	private Edits() {
	}

	/** @return an edit that adds new annotations (with new ids) to the set */
	public static AnnotationEdit add(String label, AnnotationSet set, List<? extends Annotation> annotations) {
		return new AddEdit(label, set, annotations);
	}

	/** @return an edit that removes annotations, clearing stance holders that point at them */
	public static AnnotationEdit remove(String label, AnnotationSet set, List<? extends Annotation> annotations) {
		return new RemoveEdit(label, set, annotations);
	}

	/** @return an edit that changes one annotation in place through {@code change} */
	public static <A extends Annotation> AnnotationEdit change(String label, A annotation, Consumer<? super A> change) {
		return new ChangeEdit<>(label, annotation, change);
	}

	/** @return one edit made of several, undone as one and stored in one transaction */
	public static AnnotationEdit compound(String label, List<AnnotationEdit> edits) {
		return new CompoundEdit(label, edits);
	}
}
