package org.sanad.importer;

import java.util.List;

import org.sanad.model.Document;

/**
 * What an import did.
 *
 * @param imported the stored documents (headers: no text)
 * @param problems what was refused, with file, line and byte
 * @param canceled whether it was stopped before the end; what was stored before stays stored
 * @param annotationSets sets that imported annotations were written to (of new documents and of
 *                 ones the project held already) @since 0.2
 * @param annotations annotations imported @since 0.2
 * @param skipped  files met in a folder that are not documents (hidden, of no known format), with
 *                 the reason; they leave the exit code alone @since 0.3
 */
public record ImportReport(List<Document> imported, List<ImportProblem> problems, boolean canceled,
		int annotationSets, int annotations, List<ImportProblem> skipped) {

	public ImportReport {
		imported = List.copyOf(imported);
		problems = List.copyOf(problems);
		skipped = List.copyOf(skipped);
	}

	/** A report of API 0.1, without annotations. */
	public ImportReport(List<Document> imported, List<ImportProblem> problems, boolean canceled) {
		this(imported, problems, canceled, 0, 0, List.of());
	}

	/** A report of API 0.2, without the files skipped. */
	public ImportReport(List<Document> imported, List<ImportProblem> problems, boolean canceled, int annotationSets,
			int annotations) {
		this(imported, problems, canceled, annotationSets, annotations, List.of());
	}

	/** @return whether everything was imported */
	public boolean complete() {
		return problems.isEmpty() && !canceled;
	}
}
