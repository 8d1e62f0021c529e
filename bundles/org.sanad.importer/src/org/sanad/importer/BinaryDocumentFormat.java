package org.sanad.importer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;
import org.sanad.model.Document;

/**
 * A format whose parser decodes the file's bytes itself, such as XML with its own encoding
 * declaration: the importer hands it the bytes as read instead of text it decoded, which spares
 * decoding each file twice. The size limit ({@link ImportOptions#maxFileBytes()}) still applies.
 *
 * @since 1.1
 */
@ConsumerType
public interface BinaryDocumentFormat extends DocumentFormat {

	/**
	 * Reads the documents of one file from its bytes, as {@link #read(SourceFile, List)} does from text.
	 *
	 * @param file     where the bytes were read from, for messages and each document's origin
	 * @param bytes    the file's content, as read
	 * @param problems where to report bad parts when the rest of the file can still be read
	 * @throws ImportException when nothing of the file can be read
	 */
	List<Document> read(Path file, byte[] bytes, List<ImportProblem> problems) throws ImportException;

	/** Reads text already decoded, encoded again as UTF-8: for a caller that has no bytes. */
	@Override
	default List<Document> read(SourceFile source, List<ImportProblem> problems) throws ImportException {
		return read(source.path(), source.text().getBytes(StandardCharsets.UTF_8), problems);
	}
}
