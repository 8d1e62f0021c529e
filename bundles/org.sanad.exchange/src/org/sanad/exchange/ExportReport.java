package org.sanad.exchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an export wrote.
 *
 * @param directory the folder it wrote
 * @param files     every file written, relative to {@code directory}, with its SHA-256 (lower-case hex),
 *                  by path
 * @param documents documents written per set folder ({@code gold} or the annotator as named), in
 *                  the order they were written
 * @param dropped   annotations a format could not express, one line each: document, count, why
 * @param canceled  whether it was canceled; then nothing was left in {@code directory}
 */
public record ExportReport(Path directory, Map<String, String> files, Map<String, Integer> documents,
		List<String> dropped, boolean canceled) {

	public ExportReport {
		files = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(files));
		documents = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(documents));
		dropped = List.copyOf(dropped);
	}
}
