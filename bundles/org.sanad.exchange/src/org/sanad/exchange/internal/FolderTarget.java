package org.sanad.exchange.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.sanad.exchange.ExportOptions;
import org.sanad.exchange.ExportTarget;

/** One set folder in the staging area. */
final class FolderTarget implements ExportTarget {

	private final Path folder;
	private final ExportOptions options;
	private final SetCounts counts;

	FolderTarget(Path folder, ExportOptions options, SetCounts counts) {
		this.folder = folder;
		this.options = options;
		this.counts = counts;
	}

	@Override
	public ExportOptions options() {
		return options;
	}

	@Override
	public Writer create(String name) throws IOException {
		if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
			throw new IllegalArgumentException("an export file needs a plain name, not '" + name + "'");
		}
		return new BufferedWriter(new OutputStreamWriter(
				Files.newOutputStream(folder.resolve(name), StandardOpenOption.CREATE_NEW), StandardCharsets.UTF_8), 1 << 16);
	}

	@Override
	public void dropped(String documentId, int count, String why) {
		if (count > 0) {
			counts.dropped.merge(documentId, count, Integer::sum);
			counts.droppedWhy = why;
		}
	}
}
