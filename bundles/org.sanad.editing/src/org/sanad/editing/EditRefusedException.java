package org.sanad.editing;

/** An edit the annotator asked for that cannot be made; the message says why, for the status line. */
public final class EditRefusedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public EditRefusedException(String message) {
		super(message);
	}
}
