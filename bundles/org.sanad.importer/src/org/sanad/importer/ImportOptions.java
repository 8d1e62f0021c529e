package org.sanad.importer;

/**
 * How to import.
 *
 * @param strict       all or nothing: any problem stores nothing of the batch; otherwise every good
 *                     document is stored and every bad one reported
 * @param maxFileBytes files larger than this are refused
 * @param batchSize    documents stored per transaction when not strict
 * @param set          whose set imported annotations go to: {@link SetChoice#fromFile()} (the
 *                     file's own annotator, or gold where it names none), gold, or an annotator
 * @param replace      whether imported annotations replace those a set holds; otherwise a
 *                     document whose set already has annotations is refused, so that importing a
 *                     file twice never doubles them
 * @param actor        who imports, as the audit records it
 */
public record ImportOptions(boolean strict, long maxFileBytes, int batchSize, SetChoice set, boolean replace,
		String actor) {

	/** The set imported annotations go to. @since 0.2 */
	public record SetChoice(boolean gold, String annotator) {

		/** @return the set each file or line names */
		public static SetChoice fromFile() {
			return new SetChoice(false, null);
		}

		/** @return the gold set, whatever the file says */
		public static SetChoice goldSet() {
			return new SetChoice(true, null);
		}

		/** @return this annotator's set, whatever the file says */
		public static SetChoice annotatorSet(String annotator) {
			if (annotator == null || annotator.isBlank()) {
				throw new IllegalArgumentException("an annotator's set needs the annotator's name");
			}
			return new SetChoice(false, annotator);
		}

		/** @return the owner of the set to write: {@code null} for gold */
		public String ownerFor(String fileAnnotator) {
			return gold ? null : annotator != null ? annotator : fileAnnotator;
		}
	}

	/** Options of API 0.1: annotations go to the set the file names, none replaced. */
	public ImportOptions(boolean strict, long maxFileBytes, int batchSize) {
		this(strict, maxFileBytes, batchSize, SetChoice.fromFile(), false, "import");
	}

	/** 50 MB: far above a news page, small enough to read into memory. */
	public static final long DEFAULT_MAX_FILE_BYTES = 50L * 1024 * 1024;

	/** @return lenient import with the default limits */
	public static ImportOptions defaults() {
		return new ImportOptions(false, DEFAULT_MAX_FILE_BYTES, 500);
	}

	/** @return these options, strict or not */
	public ImportOptions withStrict(boolean value) {
		return new ImportOptions(value, maxFileBytes, batchSize, set, replace, actor);
	}

	/** @return these options with another size limit */
	public ImportOptions withMaxFileBytes(long value) {
		return new ImportOptions(strict, value, batchSize, set, replace, actor);
	}

	/** @return these options writing imported annotations to another set @since 0.2 */
	public ImportOptions withSet(SetChoice value) {
		return new ImportOptions(strict, maxFileBytes, batchSize, value, replace, actor);
	}

	/** @return these options replacing what a set holds, or not @since 0.2 */
	public ImportOptions withReplace(boolean value) {
		return new ImportOptions(strict, maxFileBytes, batchSize, set, value, actor);
	}

	/** @return these options with another actor for the audit @since 0.2 */
	public ImportOptions withActor(String value) {
		return new ImportOptions(strict, maxFileBytes, batchSize, set, replace, value);
	}
}
