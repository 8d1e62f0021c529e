package org.sanad.cli;

/** Thrown by a {@link Command} whose arguments are wrong; reported with the command's usage. */
public class UsageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}
}
