package org.sanad.store;

/**
 * Where an annotator stands with an assigned document.
 *
 * @since 0.8
 */
public enum WorkStatus {
	/** Assigned, not opened for editing yet. */
	NEW,
	/** The annotator has started. */
	IN_PROGRESS,
	/** The annotator is done; they may reopen it. */
	FINISHED,
	/** A curator or administrator closed it: the annotator can no longer change their set. */
	LOCKED;

	/** @return the status as the command line and the HTTP API write it: {@code in-progress} */
	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** @return the status for a {@link #label()} or constant name, ignoring case */
	public static WorkStatus parse(String text) {
		String name = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
		try {
			return valueOf(name);
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Unknown status '" + text + "': new, in-progress, finished or locked");
		}
	}
}
