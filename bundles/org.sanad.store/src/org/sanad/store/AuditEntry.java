package org.sanad.store;

import java.time.Instant;

/**
 * One recorded create, update or delete of an annotation.
 *
 * @param revision     the set's revision this change produced
 * @param annotationId the annotation
 * @param action       what happened
 * @param actor        who did it
 * @param at           when it was committed
 * @param before       the annotation before, as JSON; {@code null} for a create
 * @param after        the annotation after, as JSON; {@code null} for a delete
 */
public record AuditEntry(long revision, String annotationId, Action action, String actor, Instant at, String before,
		String after) {

	/** Kinds of change. */
	public enum Action {
		CREATE, UPDATE, DELETE
	}
}
