package org.sanad.editing;

import org.osgi.annotation.versioning.ConsumerType;

import org.sanad.model.Annotation;

/**
 * Hears what happens in an {@link AnnotationSession}. Edits and selection are reported on the
 * thread that made them (the UI thread in the workbench); commit states on the commit thread.
 */
@ConsumerType
public interface SessionListener {

	/** Annotations were created, changed or deleted, by an edit, an undo or a redo. */
	default void annotationsChanged(Delta delta) {
	}

	/** The selected annotation changed; {@code null} when none is selected. */
	default void selectionChanged(Annotation selected) {
	}

	/**
	 * The commit queue moved on or a commit failed. Called on the thread that changed it (the
	 * commit thread, or the editing thread when an edit is queued), with the state as it was
	 * then; calls from two threads may arrive out of order, so read
	 * {@link AnnotationSession#commitState()} for what holds now.
	 */
	default void commitStateChanged(CommitState state) {
	}
}
