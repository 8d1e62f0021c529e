package org.sanad.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An export's files are written into a hidden folder inside the target folder and moved into
 * place only when the whole export succeeded; a failed or canceled export deletes it, so the
 * target never holds half a dataset.
 */
final class Staging implements AutoCloseable {

	private static final String NAME = ".sanad-export-partial";

	private final Path directory;
	private final Path staging;
	private final boolean createdDirectory;
	private boolean committed;

	private Staging(Path directory, Path staging, boolean createdDirectory) {
		this.directory = directory;
		this.staging = staging;
		this.createdDirectory = createdDirectory;
	}

	/**
	 * @throws IllegalArgumentException if {@code directory} is a file or a folder that is not empty
	 */
	static Staging in(Path directory) throws IOException {
		boolean created = false;
		if (Files.exists(directory)) {
			if (!Files.isDirectory(directory)) {
				throw new IllegalArgumentException(directory + " is a file; export needs a new or empty folder");
			}
			try (Stream<Path> entries = Files.list(directory)) {
				if (entries.findAny().isPresent()) {
					throw new IllegalArgumentException(directory + " is not empty; export needs a new or empty folder");
				}
			}
		} else {
			Files.createDirectories(directory);
			created = true;
		}
		return new Staging(directory, Files.createDirectory(directory.resolve(NAME)), created);
	}

	/** @return the folder files are written to until {@link #commit()} */
	Path root() {
		return staging;
	}

	/** Moves everything written into the target folder. */
	void commit() throws IOException {
		try (Stream<Path> entries = Files.list(staging)) {
			for (Path entry : entries.toList()) {
				Files.move(entry, directory.resolve(entry.getFileName()), StandardCopyOption.ATOMIC_MOVE);
			}
		}
		Files.delete(staging);
		committed = true;
	}

	/** Deletes what was written unless it was committed; a folder the export created goes too. */
	@Override
	public void close() throws IOException {
		if (committed) {
			return;
		}
		delete(staging);
		if (createdDirectory) {
			try {
				Files.deleteIfExists(directory);
			} catch (DirectoryNotEmptyException e) {
				// Someone else put a file there meanwhile: theirs stays.
			}
		}
	}

	private static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
			for (Path path : paths) {
				Files.delete(path);
			}
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}
}
