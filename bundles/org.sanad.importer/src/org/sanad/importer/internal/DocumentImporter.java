package org.sanad.importer.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.sanad.importer.BinaryDocumentFormat;
import org.sanad.importer.DocumentFormat;
import org.sanad.importer.ImportException;
import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportProblem;
import org.sanad.importer.ImportReport;
import org.sanad.importer.ImportedAnnotations;
import org.sanad.importer.SourceFile;
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.model.text.TextChecksum;
import org.sanad.model.text.Utf8Text;
import org.sanad.store.CorpusStore;
import org.sanad.store.StoreException;

/**
 * Imports files and folders into a project. A document is stored whole or not at all; in strict
 * mode the whole batch is; otherwise good documents are stored in batches and bad ones reported.
 */
public final class DocumentImporter {

	private static final int TITLE_LENGTH = 200;

	private final List<DocumentFormat> formats;

	public DocumentImporter(List<DocumentFormat> formats) {
		this.formats = List.copyOf(formats);
	}

	/** Imports {@code inputs}; cancel through the monitor keeps what was stored before. */
	public ImportReport run(CorpusStore store, Project project, List<Path> inputs, ImportOptions options,
			IProgressMonitor monitor) {
		List<ImportProblem> problems = new ArrayList<>();
		List<ImportProblem> skipped = new ArrayList<>();
		List<Path> files = expand(inputs, problems, skipped);
		SubMonitor progress = SubMonitor.convert(monitor, "Importing into " + project.getName(), files.size() + 1);
		BoilerplateDetector detector = new BoilerplateDetector(project.getBoilerplatePhrases());
		SchemaCheck schema = new SchemaCheck(project.getSchema());
		Map<String, Document> pending = new LinkedHashMap<>();
		Map<String, String> seen = new HashMap<>();
		List<Document> imported = new ArrayList<>();
		// Documents that came with annotations, waiting for their batch to be stored.
		List<Document> annotated = new ArrayList<>();
		boolean canceled = false;
		// One batch is written on the writer thread, its documents and then their annotations, while
		// this thread reads and prepares the next one. (Batches that started small and doubled made
		// 1,000 documents 10-15% slower: more commits.)
		BatchWriter batches = new BatchWriter(store, project, options);
		ExecutorService writer = Executors.newSingleThreadExecutor(r -> new Thread(r, "sanad-import-writer"));
		Future<BatchWriter.Batch> writing = null;
		try {
			for (Path file : files) {
				if (progress.isCanceled()) {
					canceled = true;
					break;
				}
				progress.subTask(file.getFileName().toString());
				for (Document document : read(file, options, problems)) {
					Optional<ImportedAnnotations> annotations = ImportedAnnotations.of(document);
					String outsideSchema = annotations.map(schema::problem).orElse(null);
					if (outsideSchema != null) {
						problems.add(new ImportProblem(file, annotations.get().line(), -1, outsideSchema));
						continue;
					}
					prepare(document, detector);
					annotations.ifPresent(a -> annotated.add(document));
					String twin = seen.putIfAbsent(document.getChecksum(), document.getOrigin());
					if (twin == null) {
						pending.put(document.getChecksum(), document);
					} else if (annotations.isEmpty()) {
						problems.add(new ImportProblem(file, 0, -1, "has the same text as " + twin));
					}
				}
				if (!options.strict() && pending.size() >= options.batchSize()) {
					collect(writing, imported, problems);
					writing = writer.submit(batches.next(pending, annotated, false));
				}
				progress.worked(1);
			}
			collect(writing, imported, problems);
			// Also after a cancel: what was read is stored, so that no document lacks the annotations it came with.
			if (!options.strict() || (problems.isEmpty() && !canceled)) {
				collect(writer.submit(batches.next(pending, annotated, options.strict())), imported, problems);
			}
		} finally {
			writer.shutdownNow();
		}
		progress.done();
		return new ImportReport(imported, problems, canceled, batches.sets(), batches.annotations(), skipped);
	}

	/** Waits for a batch on the writer thread and takes over its results. */
	private static void collect(Future<BatchWriter.Batch> writing, List<Document> imported,
			List<ImportProblem> problems) {
		if (writing == null) {
			return;
		}
		try {
			BatchWriter.Batch batch = writing.get();
			imported.addAll(batch.imported());
			problems.addAll(batch.problems());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new StoreException("Import interrupted", e);
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException r ? r : new StoreException("Import failed", e.getCause());
		}
	}

	private List<Document> read(Path file, ImportOptions options, List<ImportProblem> problems) {
		Optional<DocumentFormat> format = formatOf(file);
		try {
			byte[] bytes = readAtMost(file, options.maxFileBytes());
			if (format.orElseThrow() instanceof BinaryDocumentFormat binary) {
				List<Document> documents = binary.read(file, bytes, problems);
				documents.forEach(d -> d.setChecksum(TextChecksum.of(d.getText())));
				return documents;
			}
			SourceFile source = TextDecoder.decode(file, bytes);
			List<Document> documents = format.orElseThrow().read(source, problems);
			for (Document document : documents) {
				if (document.getText() == source.text()) {
					// The text is the file as it was (LF endings): its bytes serve the checksum and the
					// store, and nobody encodes it again.
					int length = bytes.length - source.textStart();
					document.setChecksum(TextChecksum.ofUtf8(bytes, source.textStart(), length));
					Utf8Text.attach(document, bytes, source.textStart(), length);
				} else {
					document.setChecksum(TextChecksum.of(document.getText()));
				}
			}
			return documents;
		} catch (ImportException e) {
			problems.add(e.problem());
		} catch (IOException e) {
			problems.add(new ImportProblem(file, 0, -1, "cannot be read: " + describe(e)));
		}
		return List.of();
	}

	/** Reads a file whole, opening it once: a separate size check cost a system call per file. */
	private static byte[] readAtMost(Path file, long maxBytes) throws IOException, ImportException {
		try (SeekableByteChannel channel = Files.newByteChannel(file)) {
			long size = channel.size();
			if (size > maxBytes) {
				throw TextDecoder.problem(file, 0, -1,
						"is " + megabytes(size) + ", more than the limit of " + megabytes(maxBytes));
			}
			ByteBuffer bytes = ByteBuffer.allocate((int) size);
			int read;
			do {
				read = channel.read(bytes);
			} while (read >= 0 && bytes.hasRemaining());
			return bytes.position() == size ? bytes.array() : Arrays.copyOf(bytes.array(), bytes.position());
		}
	}

	private static void prepare(Document document, BoilerplateDetector detector) {
		String text = document.getText();
		if (document.getLanguage() == null) {
			document.setLanguage(Languages.guess(text));
		}
		if (!ImportedAnnotations.of(document).map(ImportedAnnotations::boilerplateGiven).orElse(false)) {
			List<BoilerplateRegion> regions = detector.detect(text, document.getLanguage(),
					new ArrayList<>(document.getBoilerplate()));
			document.getBoilerplate().clear();
			document.getBoilerplate().addAll(regions);
		}
		if (document.getTitle() == null || document.getTitle().isBlank()) {
			document.setTitle(firstContentLine(text, document.getBoilerplate()));
		}
		document.setLength(text.length());
	}

	/** @return the first line outside boilerplate, cut to a title's length */
	static String firstContentLine(String text, List<BoilerplateRegion> regions) {
		int start = 0;
		while (start < text.length()) {
			int end = text.indexOf('\n', start);
			end = end < 0 ? text.length() : end;
			int lineStart = start;
			int lineEnd = end;
			boolean inBoilerplate = regions.stream().anyMatch(r -> r.getBegin() <= lineStart && lineEnd <= r.getEnd());
			String line = text.substring(start, end).strip();
			if (!line.isEmpty() && !inBoilerplate) {
				return line.length() <= TITLE_LENGTH ? line : line.substring(0, TITLE_LENGTH - 1) + "…";
			}
			start = end + 1;
		}
		return null;
	}

	/**
	 * The files to import: those named, and in a named folder every file of a known format. In a
	 * folder, hidden files and files of no known format are skipped (and listed), and a symbolic
	 * link is followed only when its target lies inside the folder: a link out of it (to
	 * /etc/passwd, say) is refused, since whoever made the folder chose where it points.
	 */
	private List<Path> expand(List<Path> inputs, List<ImportProblem> problems, List<ImportProblem> skipped) {
		List<Path> files = new ArrayList<>();
		for (Path input : inputs) {
			if (Files.isDirectory(input)) {
				try {
					Path root = input.toRealPath();
					Set<Path> links = new HashSet<>();
					for (Path file : walk(input, problems, skipped, links)) {
						inFolder(root, file, links.contains(file), problems, skipped).ifPresent(files::add);
					}
				} catch (IOException | java.io.UncheckedIOException e) {
					problems.add(new ImportProblem(input, 0, -1, "cannot be listed: " + describe(e)));
				}
			} else if (!Files.exists(input)) {
				problems.add(new ImportProblem(input, 0, -1, "does not exist"));
			} else if (formatOf(input).isEmpty()) {
				problems.add(new ImportProblem(input, 0, -1, "has no known format (" + knownFormats() + ")"));
			} else {
				files.add(input);
			}
		}
		return files;
	}

	/**
	 * @return the files and links in a folder, sorted, without following links (the walk's own
	 *         attributes: asking each file again whether it is one cost a system call); a hidden
	 *         folder is skipped whole and listed once
	 */
	private static List<Path> walk(Path folder, List<ImportProblem> problems, List<ImportProblem> skipped,
			Set<Path> links) throws IOException {
		List<Path> found = new ArrayList<>();
		Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
			@Override
			public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
					java.nio.file.attribute.BasicFileAttributes attributes) {
				if (!dir.equals(folder) && dir.getFileName().toString().startsWith(".")) {
					skipped.add(new ImportProblem(dir, 0, -1, "skipped: a hidden folder"));
					return java.nio.file.FileVisitResult.SKIP_SUBTREE;
				}
				return java.nio.file.FileVisitResult.CONTINUE;
			}

			@Override
			public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes) {
				if (attributes.isSymbolicLink()) {
					links.add(file);
				}
				if (attributes.isRegularFile() || attributes.isSymbolicLink()) {
					found.add(file);
				}
				return java.nio.file.FileVisitResult.CONTINUE;
			}

			@Override
			public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
				problems.add(new ImportProblem(file, 0, -1, "cannot be read: " + describe(e)));
				return java.nio.file.FileVisitResult.CONTINUE;
			}
		});
		found.sort(null);
		return found;
	}

	/** @return the file if it is one to import; else why not, in {@code problems} or {@code skipped} */
	private Optional<Path> inFolder(Path root, Path file, boolean link, List<ImportProblem> problems,
			List<ImportProblem> skipped) {
		if (file.getFileName().toString().startsWith(".")) {
			skipped.add(new ImportProblem(file, 0, -1, "skipped: hidden"));
			return Optional.empty();
		}
		if (link) {
			Path target;
			try {
				target = file.toRealPath();
			} catch (IOException e) {
				problems.add(new ImportProblem(file, 0, -1, "is a link to nothing that exists"));
				return Optional.empty();
			}
			if (!target.startsWith(root)) {
				problems.add(new ImportProblem(file, 0, -1, "is a link to " + target + ", outside the folder being"
						+ " imported; name the file itself to import it"));
				return Optional.empty();
			}
			if (!Files.isRegularFile(target)) {
				skipped.add(new ImportProblem(file, 0, -1, "skipped: a link to a folder"));
				return Optional.empty();
			}
		}
		if (formatOf(file).isEmpty()) {
			skipped.add(new ImportProblem(file, 0, -1, "skipped: no known format (" + knownFormats() + ")"));
			return Optional.empty();
		}
		return Optional.of(file);
	}

	private Optional<DocumentFormat> formatOf(Path file) {
		return formats.stream().filter(f -> f.accepts(file)).findFirst();
	}

	private String knownFormats() {
		return String.join(", ", formats.stream().map(DocumentFormat::name).toList());
	}

	private static String describe(Exception e) {
		String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
		return e.getMessage() == null ? kind : kind.toLowerCase() + " (" + e.getMessage() + ")";
	}

	private static String megabytes(long bytes) {
		return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
	}
}
