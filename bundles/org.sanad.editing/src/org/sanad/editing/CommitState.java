package org.sanad.editing;

/**
 * Where the session's commits stand.
 *
 * @param pending  edits made in the editor that the store has not acknowledged yet
 * @param revision the set's revision in the store after the last acknowledged edit
 * @param problem  why the last commit failed, or {@code null}; failed edits stay pending
 * @param conflict whether someone else changed the set in the store meanwhile; commits wait for
 *                 {@link AnnotationSession#keepMine()} or a reload
 */
public record CommitState(int pending, long revision, String problem, boolean conflict) {

	/** @return whether every edit is safely in the store */
	public boolean isSaved() {
		return pending == 0;
	}
}
