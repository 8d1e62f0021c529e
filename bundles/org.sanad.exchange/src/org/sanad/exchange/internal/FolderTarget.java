package org.sanad.exchange.internal;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
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
		return new BufferedWriter(new OutputStreamWriter(createBinary(name), StandardCharsets.UTF_8), 1 << 16);
	}

	@Override
	public OutputStream createBinary(String name) throws IOException {
		String[] parts = name.split("/", -1);
		for (String part : parts) {
			if (part.isEmpty() || part.startsWith(".") || part.contains("\\")) {
				throw new IllegalArgumentException("an export file needs a plain name or folder/name, not '" + name + "'");
			}
		}
		if (parts.length > 2) {
			throw new IllegalArgumentException("an export file is at most one folder deep, not '" + name + "'");
		}
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		return new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), 1 << 16);
	}

	@Override
	public void dropped(String documentId, int count, String why) {
		if (count > 0) {
			counts.dropped.merge(documentId, count, Integer::sum);
			counts.droppedWhy = why;
		}
	}
}
