package org.sanad.store;

/** A store operation failed; nothing of it was stored. */
public class StoreException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final boolean transientFailure;

	public StoreException(String message) {
		this(message, null, false);
	}

	public StoreException(String message, Throwable cause) {
		this(message, cause, false);
	}

	/**
	 * @param transientFailure whether the same operation may succeed if tried again later
	 * @since 0.4
	 */
	public StoreException(String message, Throwable cause, boolean transientFailure) {
		super(message, cause);
		this.transientFailure = transientFailure;
	}

	/**
	 * @return whether the same operation may succeed if tried again later: the database could not be
	 *         reached, was busy or locked, or could not write its file; not when it refused the
	 *         operation itself (a value too long, a missing document), where trying again gives the
	 *         same refusal
	 * @since 0.4
	 */
	public boolean isTransient() {
		return transientFailure;
	}
}
