package org.sanad.editing;

import java.nio.file.Path;

/**
 * Where a session's edits wait on disk until the store acknowledged them: a folder (the data
 * folder's {@code outbox/}) with one file per document and annotator while edits are pending.
 * Edits the store could not take (the server out of reach, the workbench closed or crashed
 * meanwhile) are applied again to the set and sent when the document is next opened, each with
 * the key that lets the store take it once.
 *
 * @param folder the folder; created when the first edit waits
 * @since 0.3
 */
public record Outbox(Path folder) {

	/** @return the outbox of a data folder */
	public static Outbox in(Path dataDirectory) {
		return new Outbox(dataDirectory.resolve("outbox"));
	}
}
