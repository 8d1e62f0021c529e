package org.sanad.editing;

/** A bulk labelling stopped part way; what it did is in {@link #partial()}, undoable as one. */
public final class BulkLabelingException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final transient BulkEdit partial;

	public BulkLabelingException(String message, BulkEdit partial, Throwable cause) {
		super(message, cause);
		this.partial = partial;
	}

	/** @return the labels applied before it stopped */
	public BulkEdit partial() {
		return partial;
	}
}
