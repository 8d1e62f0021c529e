package org.sanad.store;

import java.util.List;
import java.util.Objects;

import org.sanad.model.Annotation;
import org.sanad.model.SetStatus;

/**
 * One user action on an annotation set: annotations to create, update (matched by id) and delete,
 * and optionally a new status, all made against {@code baseRevision}.
 *
 * @param documentId   the document
 * @param owner        the annotator whose set it is, or {@code null} for the gold set
 * @param actor        who makes the change (recorded in the audit)
 * @param baseRevision the revision the actor saw
 * @param created      new annotations; their ids must be new
 * @param updated      changed annotations, replacing those with the same ids
 * @param deleted      ids of annotations to remove
 * @param status       the set's new status, or {@code null} to keep it
 * @param changeId     a key the client chose for this action, kept the same when it sends the action
 *                     again (after a lost answer, say); a store that has applied a change with
 *                     this key to the set answers its revision again without applying it twice.
 *                     {@code null}: no such key (since 0.8)
 */
public record AnnotationChange(String documentId, String owner, String actor, long baseRevision,
		List<Annotation> created, List<Annotation> updated, List<String> deleted, SetStatus status, String changeId) {

	/** A change without a key of its own (see {@link #changeId()}). */
	public AnnotationChange(String documentId, String owner, String actor, long baseRevision, List<Annotation> created,
			List<Annotation> updated, List<String> deleted, SetStatus status) {
		this(documentId, owner, actor, baseRevision, created, updated, deleted, status, null);
	}

	/** @return this change with a key that makes sending it again safe; @since 0.8 */
	public AnnotationChange withChangeId(String id) {
		return new AnnotationChange(documentId, owner, actor, baseRevision, created, updated, deleted, status, id);
	}

	/** @return this change as made by {@code who}; @since 0.8 */
	public AnnotationChange withActor(String who) {
		return new AnnotationChange(documentId, owner, who, baseRevision, created, updated, deleted, status, changeId);
	}

	public AnnotationChange {
		Objects.requireNonNull(documentId, "documentId");
		Objects.requireNonNull(actor, "actor");
		created = List.copyOf(created);
		updated = List.copyOf(updated);
		deleted = List.copyOf(deleted);
	}

	/** @return a change that only creates {@code annotations} */
	public static AnnotationChange create(String documentId, String owner, String actor, long baseRevision,
			Annotation... annotations) {
		return new AnnotationChange(documentId, owner, actor, baseRevision, List.of(annotations), List.of(), List.of(),
				null);
	}
}
