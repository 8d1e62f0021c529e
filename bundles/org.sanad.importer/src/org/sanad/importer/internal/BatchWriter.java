package org.sanad.importer.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportProblem;
import org.sanad.importer.ImportedAnnotations;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.store.CorpusStore;
import org.sanad.store.StoreException;

/**
 * Stores an import's batches, one after the other on the importer's writer thread: a batch's
 * documents, then the annotations that came with them (with the documents they were found in when
 * their texts were in the project already). A document is stored whole or not at all; in strict
 * mode the whole batch is.
 */
final class BatchWriter {

	/** What storing one batch gave: the documents stored and the problems. */
	record Batch(List<Document> imported, List<ImportProblem> problems) {
	}

	private final CorpusStore store;
	private final Project project;
	private final AnnotationWriter annotations;
	/** The id in the project of every text stored or found so far, by checksum; used on the writer thread only. */
	private final Map<String, String> ids = new HashMap<>();

	BatchWriter(CorpusStore store, Project project, ImportOptions options) {
		this.store = store;
		this.project = project;
		this.annotations = new AnnotationWriter(store, project, options);
	}

	/**
	 * Takes the documents read so far, and those of them that came with annotations, out of the
	 * reader's hands.
	 *
	 * @return the work of storing them, for the writer thread
	 */
	Callable<Batch> next(Map<String, Document> pending, List<Document> annotated, boolean strict) {
		Map<String, Document> batch = new LinkedHashMap<>(pending);
		List<Document> withAnnotations = List.copyOf(annotated);
		pending.clear();
		annotated.clear();
		return () -> write(batch, withAnnotations, strict);
	}

	/** @return how many sets received annotations; read once the writer thread is done */
	int sets() {
		return annotations.sets;
	}

	/** @return how many annotations were stored; read once the writer thread is done */
	int annotations() {
		return annotations.annotations;
	}

	private Batch write(Map<String, Document> pending, List<Document> annotated, boolean strict) {
		List<Document> imported = new ArrayList<>();
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, String> stored = store(pending, strict, imported, problems);
		ids.putAll(stored);
		annotations.write(annotated, ids, problems);
		return new Batch(imported, problems);
	}

	/** @return the id in the project of each text of the batch, by checksum; none when strict and refused */
	private Map<String, String> store(Map<String, Document> pending, boolean strict, List<Document> imported,
			List<ImportProblem> problems) {
		Map<String, String> found = new HashMap<>();
		if (pending.isEmpty()) {
			return found;
		}
		List<Document> batch = new ArrayList<>(pending.values());
		try {
			Map<Document, String> leftOut;
			if (strict) {
				// All or nothing: every text the project holds is reported, and then none is stored. A
				// text that came with annotations may be there: they are added to it.
				leftOut = new LinkedHashMap<>();
				store.documentsByChecksum(project.getId(), pending.keySet())
						.forEach((checksum, id) -> leftOut.put(pending.get(checksum), id));
				if (leftOut.keySet().stream().allMatch(BatchWriter::isAnnotated)) {
					store.addDocuments(project.getId(), batch.stream().filter(d -> !leftOut.containsKey(d)).toList());
				}
			} else {
				leftOut = store.addNewDocuments(project.getId(), batch);
			}
			leftOut.forEach((d, id) -> {
				found.put(d.getChecksum(), id);
				if (!isAnnotated(d)) {
					problems.add(new ImportProblem(Path.of(d.getOrigin()), 0, -1,
							"is already in project '" + project.getName() + "' as document " + id));
				}
			});
			if (strict && !problems.isEmpty()) {
				return Map.of();
			}
			for (Document d : batch) {
				if (!leftOut.containsKey(d)) {
					found.put(d.getChecksum(), d.getId());
					d.unsetText();
					imported.add(d);
				}
			}
		} catch (StoreException e) {
			for (Document d : batch) {
				problems.add(new ImportProblem(Path.of(d.getOrigin()), 0, -1, "was not stored: " + e.getMessage()));
			}
		}
		return found;
	}

	private static boolean isAnnotated(Document document) {
		return ImportedAnnotations.of(document).isPresent();
	}
}
