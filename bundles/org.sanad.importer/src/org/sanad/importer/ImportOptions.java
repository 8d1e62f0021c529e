package org.sanad.importer;

/**
 * How to import.
 *
 * @param strict       all or nothing: any problem stores nothing of the batch; otherwise every good
 *                     document is stored and every bad one reported
 * @param maxFileBytes files larger than this are refused
 * @param batchSize    documents stored per transaction when not strict
 */
public record ImportOptions(boolean strict, long maxFileBytes, int batchSize) {

	/** 50 MB: far above a news page, small enough to read into memory. */
	public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

	/** @return lenient import with the default limits */
	public static ImportOptions defaults() {
		return new ImportOptions(false, DEFAULT_MAX_FILE_BYTES, 500);
	}

	/** @return these options, strict or not */
	public ImportOptions withStrict(boolean value) {
		return new ImportOptions(value, maxFileBytes, batchSize);
	}

	/** @return these options with another size limit */
	public ImportOptions withMaxFileBytes(long value) {
		return new ImportOptions(strict, value, batchSize);
	}
}
