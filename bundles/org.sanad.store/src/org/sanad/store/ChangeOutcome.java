package org.sanad.store;

/**
 * What became of one change given to {@link CorpusStore#applyAll(java.util.List)}.
 *
 * @param revision the set's new revision when the change was applied, else 0
 * @param failure  why the change was refused (a {@link ConflictException}, a name the schema does
 *                 not know, a store that could not write), or {@code null} when it was applied
 * @since 1.2
 */
public record ChangeOutcome(long revision, RuntimeException failure) {

	/** @return the outcome of a change applied, making {@code revision} */
	public static ChangeOutcome applied(long revision) {
		return new ChangeOutcome(revision, null);
	}

	/** @return the outcome of a change refused for {@code failure}; nothing of it was stored */
	public static ChangeOutcome refused(RuntimeException failure) {
		return new ChangeOutcome(0, java.util.Objects.requireNonNull(failure));
	}

	/** @return whether the change was applied */
	public boolean isApplied() {
		return failure == null;
	}
}
