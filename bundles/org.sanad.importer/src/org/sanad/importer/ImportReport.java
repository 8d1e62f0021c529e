package org.sanad.importer;

import java.util.List;

import org.sanad.model.Document;

/**
 * What an import did.
 *
 * @param imported the stored documents (headers: no text)
 * @param problems what was refused, with file, line and byte
 * @param canceled whether it was stopped before the end; what was stored before stays stored
 */
public record ImportReport(List<Document> imported, List<ImportProblem> problems, boolean canceled) {

	public ImportReport {
		imported = List.copyOf(imported);
		problems = List.copyOf(problems);
	}

	/** @return whether everything was imported */
	public boolean complete() {
		return problems.isEmpty() && !canceled;
	}
}
