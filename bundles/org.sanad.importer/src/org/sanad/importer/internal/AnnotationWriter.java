package org.sanad.importer.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

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
import org.sanad.store.ChangeOutcome;
import org.sanad.store.CorpusStore;
import org.sanad.store.StoreException;

/**
 * Writes imported annotations to their documents' sets, each document's all or nothing: the file's
 * ids are replaced by new ones (a stance's holder follows), registry names are registered, and a
 * set that holds annotations already is replaced only when the options say so. A batch of
 * documents goes to the store as one {@link CorpusStore#applyAll} and so shares its commits: one
 * commit per document made H2 rewrite the same pages of the annotation tables for every document.
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

	/**
	 * Writes the annotations of the documents stored (or found) so far, each document's to its set
	 * in a change of its own, all or nothing; the store may make the changes durable together. A
	 * document whose text the store does not hold (it was not stored) is left out.
	 *
	 * @param ids the id in the project of each text, by checksum
	 */
	void write(List<Document> documents, Map<String, String> ids, List<ImportProblem> problems) {
		List<Pending> round = new ArrayList<>();
		Set<SetKey> inRound = new HashSet<>();
		for (Document document : documents) {
			String id = ids.get(document.getChecksum());
			if (id == null) {
				continue;
			}
			ImportedAnnotations imported = ImportedAnnotations.of(document).orElseThrow();
			Pending next = new Pending(imported, id, options.set().ownerFor(imported.annotator()));
			// The same set twice (two lines with one text): the second sees what the first wrote.
			if (!inRound.add(next.key())) {
				writeRound(round, problems);
				round.clear();
				inRound.clear();
				inRound.add(next.key());
			}
			round.add(next);
		}
		writeRound(round, problems);
	}

	/** One document's annotations on their way to a set. */
	private record Pending(ImportedAnnotations imported, String documentId, String owner) {

		String setName() {
			return owner == null ? "the gold set" : owner + "'s set";
		}

		SetKey key() {
			return new SetKey(documentId, owner);
		}
	}

	/** A document's set: its owner, or {@code null} for gold. */
	private record SetKey(String documentId, String owner) {
	}

	/** Writes annotations to sets that are all different, their changes given to the store together. */
	private void writeRound(List<Pending> round, List<ImportProblem> problems) {
		Map<SetKey, AnnotationSet> found = new HashMap<>();
		Map<SetKey, StoreException> unread = new HashMap<>();
		for (String owner : round.stream().map(Pending::owner).distinct().toList()) {
			List<String> documentIds = round.stream().filter(p -> Objects.equals(p.owner(), owner))
					.map(Pending::documentId).toList();
			try {
				store.annotationSets(documentIds, owner).forEach((id, set) -> found.put(new SetKey(id, owner), set));
			} catch (StoreException e) {
				documentIds.forEach(id -> unread.put(new SetKey(id, owner), e));
			}
		}
		List<Pending> written = new ArrayList<>();
		List<AnnotationChange> changes = new ArrayList<>();
		for (Pending p : round) {
			AnnotationSet set = found.get(p.key());
			if (set == null) {
				StoreException e = unread.getOrDefault(p.key(), new StoreException("its set could not be read"));
				problems.add(notStored(p, e));
			} else if (!set.getAnnotations().isEmpty() && !options.replace()) {
				problems.add(problem(p.imported(), "document " + p.documentId() + " already has "
						+ set.getAnnotations().size() + " annotations in " + p.setName()
						+ "; none of this line's were added (replace them with --replace)"));
			} else {
				try {
					changes.add(change(p, set));
					written.add(p);
				} catch (StoreException e) {
					problems.add(notStored(p, e));
				}
			}
		}
		List<ChangeOutcome> outcomes = changes.isEmpty() ? List.of() : store.applyAll(changes);
		for (int i = 0; i < outcomes.size(); i++) {
			Pending p = written.get(i);
			RuntimeException failure = outcomes.get(i).failure();
			if (failure == null) {
				sets++;
				annotations += changes.get(i).created().size();
			} else if (failure instanceof StoreException e) {
				problems.add(notStored(p, e));
			} else {
				throw failure;
			}
		}
	}

	/** @return the change that puts the file's annotations, with new ids, in place of the set's */
	private AnnotationChange change(Pending p, AnnotationSet set) {
		ImportedAnnotations imported = p.imported();
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
		return new AnnotationChange(p.documentId(), p.owner(), options.actor(), set.getRevision(), copies, List.of(),
				replaced, null);
	}

	private String registryId(String name, String kind) {
		return registryIds.computeIfAbsent(name.toLowerCase(java.util.Locale.ROOT),
				k -> store.registerSource(project.getId(), name, kind).getId());
	}

	private static ImportProblem notStored(Pending p, StoreException e) {
		return problem(p.imported(), "its annotations were not stored in " + p.setName() + ": " + e.getMessage());
	}

	private static ImportProblem problem(ImportedAnnotations imported, String message) {
		Path file = imported.file();
		return new ImportProblem(file, imported.line(), -1, message);
	}
}
