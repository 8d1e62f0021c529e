package org.sanad.importer;

import org.osgi.annotation.versioning.ConsumerType;

import java.nio.file.Path;
import java.util.List;

import org.sanad.model.Document;

/** Reads one file format into documents. Provide it as a DS service to add a format. */
@ConsumerType
public interface DocumentFormat {

	/** @return a short name, for example {@code jsonl} */
	String name();

	/** @return whether this format reads the file, judged by its name */
	boolean accepts(Path file);

	/**
	 * Reads the documents of one file. Set each document's text, and where known its title, origin,
	 * language, metadata and structural boilerplate; the importer does the rest.
	 *
	 * @param source the file, already checked and decoded from UTF-8
	 * @param problems where to report bad parts when the rest of the file can still be read
	 *                 (for example one malformed line of a JSONL file)
	 * @throws ImportException when nothing of the file can be read
	 */
	List<Document> read(SourceFile source, List<ImportProblem> problems) throws ImportException;
}
