package org.sanad.store;

/**
 * The caller's role does not allow what they asked for. The message says only that: it does not
 * tell whether what was asked for exists.
 *
 * @since 0.8
 */
public class AccessDeniedException extends StoreException {

	private static final long serialVersionUID = 1L;

	/** The one message every refusal carries. */
	public static final String MESSAGE = "Not allowed for your account";

	public AccessDeniedException() {
		super(MESSAGE);
	}
}
