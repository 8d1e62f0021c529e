package org.sanad.store;

import java.util.List;

/**
 * An annotation set was changed by someone else since the revision a change was made against;
 * the change was not applied. The message and {@link #changes()} name what changed in between.
 */
public class ConflictException extends StoreException {

	private static final long serialVersionUID = 1L;

	private final long baseRevision;
	private final long currentRevision;
	private final transient List<AuditEntry> changes;

	public ConflictException(String message, long baseRevision, long currentRevision, List<AuditEntry> changes) {
		super(message);
		this.baseRevision = baseRevision;
		this.currentRevision = currentRevision;
		this.changes = List.copyOf(changes);
	}

	/** @return the revision the refused change was made against */
	public long baseRevision() {
		return baseRevision;
	}

	/** @return the set's revision now */
	public long currentRevision() {
		return currentRevision;
	}

	/** @return the changes committed after the base revision */
	public List<AuditEntry> changes() {
		return changes;
	}
}
