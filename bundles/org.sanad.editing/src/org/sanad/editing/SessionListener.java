package org.sanad.editing;

import org.sanad.model.Annotation;

/**
 * Hears what happens in an {@link AnnotationSession}. Edits and selection are reported on the
 * thread that made them (the UI thread in the workbench); commit states on the commit thread.
 */
public interface SessionListener {

	/** Annotations were created, changed or deleted, by an edit, an undo or a redo. */
	default void annotationsChanged(Delta delta) {
	}

	/** The selected annotation changed; {@code null} when none is selected. */
	default void selectionChanged(Annotation selected) {
	}

	/** The commit queue moved on or a commit failed. Called on the commit thread. */
	default void commitStateChanged(CommitState state) {
	}
}
