package org.sanad.editing;

/**
 * Where the session's commits stand.
 *
 * @param pending  edits made in the editor that the store has not acknowledged yet
 * @param revision the set's revision in the store after the last acknowledged edit
 * @param problem  why the last commit failed, or {@code null}; failed edits stay pending
 * @param conflict whether someone else changed the set in the store meanwhile; commits wait for
 *                 {@link AnnotationSession#keepMine()} or a reload
 * @param retrying whether the failed commit is tried again by itself (the store was unreachable,
 *                 busy or could not write); when the store refused the edit itself, it waits for
 *                 {@link AnnotationSession#retryCommits()} instead (since 0.2)
 * @param refusal  when the store refused the first pending edit for a name its schema lacks: which;
 *                 the edit waits for {@link AnnotationSession#relabelPending} or
 *                 {@link AnnotationSession#dropRefused()} (since 0.4)
 */
public record CommitState(int pending, long revision, String problem, boolean conflict, boolean retrying,
		Refusal refusal) {

	/** A state without a refusal, as in 0.2. */
	public CommitState(int pending, long revision, String problem, boolean conflict, boolean retrying) {
		this(pending, revision, problem, conflict, retrying, null);
	}

	/** A state without automatic retries, as in 0.1. */
	public CommitState(int pending, long revision, String problem, boolean conflict) {
		this(pending, revision, problem, conflict, false);
	}

	/** @return whether every edit is safely in the store */
	public boolean isSaved() {
		return pending == 0;
	}
}
