package org.sanad.importer.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportProblem;
import org.sanad.importer.ImportedAnnotations;
import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.model.SourceAttribution;
import org.sanad.model.ids.TimeOrderedIds;
import org.sanad.store.AnnotationChange;
import org.sanad.store.CorpusStore;
import org.sanad.store.StoreException;

/**
 * Writes imported annotations to their documents' sets, one transaction per document: the file's
 * ids are replaced by new ones (a stance's holder follows), registry names are registered, and a
 * set that holds annotations already is replaced only when the options say so.
 */
final class AnnotationWriter {

	private final CorpusStore store;
	private final Project project;
	private final ImportOptions options;
	private final Map<String, String> registryIds = new HashMap<>();
	int sets;
	int annotations;

	AnnotationWriter(CorpusStore store, Project project, ImportOptions options) {
		this.store = store;
		this.project = project;
		this.options = options;
	}

	/** Writes the annotations of one document stored (or found) under {@code documentId}. */
	void write(Document document, String documentId, List<ImportProblem> problems) {
		ImportedAnnotations imported = ImportedAnnotations.of(document).orElseThrow();
		String owner = options.set().ownerFor(imported.annotator());
		String setName = owner == null ? "the gold set" : owner + "'s set";
		try {
			AnnotationSet set = store.annotationSet(documentId, owner);
			if (!set.getAnnotations().isEmpty() && !options.replace()) {
				problems.add(problem(imported, "document " + documentId + " already has " + set.getAnnotations().size()
						+ " annotations in " + setName + "; none of this line's were added (replace them with --replace)"));
				return;
			}
			List<Annotation> copies = new ArrayList<>(EcoreUtil.copyAll(imported.annotations()));
			Iterator<Annotation> originals = imported.annotations().iterator();
			for (Annotation copy : copies) {
				Annotation original = originals.next();
				copy.setId(TimeOrderedIds.next());
				if (copy instanceof SourceAttribution source && imported.registry().containsKey(original)) {
					source.setSourceId(registryId(imported.registry().get(original), source.getKind()));
				}
			}
			List<String> replaced = set.getAnnotations().stream().map(Annotation::getId).toList();
			store.apply(new AnnotationChange(documentId, owner, options.actor(), set.getRevision(), copies, List.of(),
					replaced, null));
			sets++;
			annotations += copies.size();
		} catch (StoreException e) {
			problems.add(problem(imported, "its annotations were not stored in " + setName + ": " + e.getMessage()));
		}
	}

	private String registryId(String name, String kind) {
		return registryIds.computeIfAbsent(name.toLowerCase(java.util.Locale.ROOT),
				k -> store.registerSource(project.getId(), name, kind).getId());
	}

	private static ImportProblem problem(ImportedAnnotations imported, String message) {
		Path file = imported.file();
		return new ImportProblem(file, imported.line(), -1, message);
	}
}
