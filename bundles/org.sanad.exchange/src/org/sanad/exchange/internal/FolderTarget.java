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
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import org.sanad.exchange.ExportOptions;
import org.sanad.exchange.ExportTarget;

/** One set folder in the staging area. */
final class FolderTarget implements ExportTarget {

	private final Path folder;
	private final String prefix;
	private final ExportOptions options;
	private final SetCounts counts;
	private final Map<String, String> checksums;

	/**
	 * @param prefix    the folder's path in the export, "" or "gold/" for example
	 * @param checksums where each file's SHA-256 goes when it is closed, by its path in the export
	 */
	FolderTarget(Path folder, String prefix, ExportOptions options, SetCounts counts, Map<String, String> checksums) {
		this.folder = folder;
		this.prefix = prefix;
		this.options = options;
		this.counts = counts;
		this.checksums = checksums;
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
		// The checksum is taken as the bytes go out: reading a gigabyte export again took seconds.
		MessageDigest digest = Sha256.digest();
		OutputStream out = new DigestOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), digest) {
			private boolean closed;

			@Override
			public void close() throws IOException {
				super.close();
				if (!closed) {
					closed = true;
					String sha256 = HexFormat.of().formatHex(digest.digest());
					synchronized (checksums) { // a format may write its files on several threads
						checksums.put(prefix + name, sha256);
					}
				}
			}
		};
		return new BufferedOutputStream(out, 1 << 16);
	}

	@Override
	public void dropped(String documentId, int count, String why) {
		if (count > 0) {
			counts.dropped.merge(documentId, count, Integer::sum);
			counts.droppedWhy = why;
		}
	}
}
