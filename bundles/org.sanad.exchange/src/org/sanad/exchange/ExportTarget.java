package org.sanad.exchange;

import org.osgi.annotation.versioning.ProviderType;

import java.io.IOException;
import java.io.Writer;

/** Where a {@link DatasetWriter} puts its files, and what it tells the dataset card. */
@ProviderType
public interface ExportTarget {

	/** @return the export's options */
	ExportOptions options();

	/**
	 * Creates a UTF-8 text file in this export's folder. Files are written to a staging folder and
	 * moved into place only when the whole export succeeded.
	 *
	 * @param name a file name such as {@code train.jsonl}, or one folder and a file name such as
	 *             {@code train/01a2.xmi}
	 */
	Writer create(String name) throws IOException;

	/** Creates a file for bytes (XML that its writer encodes), like {@link #create(String)}. */
	java.io.OutputStream createBinary(String name) throws IOException;

	/**
	 * Records annotations the format cannot express (overlapping entities in BIO), for the card
	 * and for the person exporting.
	 *
	 * @param documentId the document
	 * @param count      how many were left out
	 * @param why        what was left out and why, for example "nested or overlapping entities"
	 */
	void dropped(String documentId, int count, String why);
}
