package org.sanad.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an export wrote.
 *
 * @param directory the folder it wrote
 * @param files     every file written, relative to {@code directory}, with its SHA-256 (lower-case hex)
 * @param documents documents written per set folder ({@code gold} or the annotator as named)
 * @param dropped   annotations a format could not express, one line each: document, count, why
 * @param canceled  whether it was canceled; then nothing was left in {@code directory}
 */
public record ExportReport(Path directory, Map<String, String> files, Map<String, Integer> documents,
		List<String> dropped, boolean canceled) {

	public ExportReport {
		files = Map.copyOf(files);
		documents = Map.copyOf(documents);
		dropped = List.copyOf(dropped);
	}
}
