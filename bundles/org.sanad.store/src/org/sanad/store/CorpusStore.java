package org.sanad.store;

import org.osgi.annotation.versioning.ProviderType;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanad.model.AnnotationSet;
import org.sanad.model.Document;
import org.sanad.model.LabelSchema;
import org.sanad.model.Project;
import org.sanad.model.Source;

/**
 * The corpus store: projects, documents and annotation sets. Objects handed out are detached
 * copies; change the store only through its methods.
 */
@ProviderType
public interface CorpusStore extends AutoCloseable {

	/** Creates a project with a copy of {@code schema}; names are unique. */
	Project createProject(String name, String description, LabelSchema schema);

	/** Replaces the project's list of lines that import marks as boilerplate. */
	void setBoilerplatePhrases(String projectId, List<String> phrases);

	/**
	 * Replaces the reasons a curator may pick from for a decision in the project; an empty list
	 * gives back Sanad's own.
	 *
	 * @throws IllegalArgumentException if a reason is blank or more than one line
	 * @since 0.6
	 */
	default void setCurationReasons(String projectId, List<String> reasons) {
		throw new UnsupportedOperationException(getClass().getName() + " does not store curation reasons");
	}

	/**
	 * Changes a project's label schema (a new version) and carries the change over to every
	 * annotation that uses the name, in one transaction; each changed set's revision rises and its
	 * audit records the change, so that followers (the search index, open editors) see it.
	 *
	 * @param actor who makes the change, for the audit
	 * @throws IllegalArgumentException if the change does not fit the schema (an unknown or taken
	 *                                  name, a key in use), or removes a name annotations use
	 *                                  without {@link SchemaChange#deleteAnnotations()}: the message
	 *                                  gives the count
	 * @since 0.6
	 */
	default SchemaChangeReport changeSchema(String projectId, SchemaChange change, String actor) {
		throw new UnsupportedOperationException(getClass().getName() + " does not change schemas");
	}

	/**
	 * Makes several schema changes in order, all or none: the first one refused rolls back those
	 * before it. The settings editor applies its pending changes so.
	 *
	 * @return one report per change, in order
	 * @throws IllegalArgumentException as {@link #changeSchema(String, SchemaChange, String)}, the
	 *                                  message naming the change refused
	 * @since 0.7
	 */
	default List<SchemaChangeReport> changeSchema(String projectId, List<SchemaChange> changes, String actor) {
		throw new UnsupportedOperationException(getClass().getName() + " does not change schemas");
	}

	/**
	 * @param layer {@code entity}, {@code stance} or {@code source}
	 * @return per label (stance target, source kind) in use, how many annotations of every set use it
	 * @since 0.7
	 */
	default Map<String, Long> labelUsage(String projectId, String layer) {
		return Map.of();
	}

	/**
	 * Deletes documents of a project with their boilerplate, annotation sets (every annotator's and
	 * gold), audit and curation decisions, in one transaction, and writes a
	 * {@link ProjectLogEntry#DELETE_DOCUMENT} entry for each in the project's log.
	 *
	 * @throws StoreException if a document is not in the project; nothing is deleted then
	 * @since 0.7
	 */
	default void deleteDocuments(String projectId, Collection<String> documentIds, String actor) {
		throw new UnsupportedOperationException(getClass().getName() + " does not delete documents");
	}

	/**
	 * Deletes a project with everything in it, in one transaction; the project's log keeps a
	 * {@link ProjectLogEntry#DELETE_PROJECT} entry.
	 *
	 * @since 0.7
	 */
	default void deleteProject(String projectId, String actor) {
		throw new UnsupportedOperationException(getClass().getName() + " does not delete projects");
	}

	/**
	 * @return the project's log (deletions, schema changes, source registry edits) from
	 *         {@code since} on, oldest first; also for a deleted project
	 * @since 0.7
	 */
	default List<ProjectLogEntry> projectLog(String projectId, java.time.Instant since) {
		return List.of();
	}

	/**
	 * Writes a consistent copy of the whole store to {@code file} while it stays in use.
	 *
	 * @throws StoreException if the file exists or cannot be written
	 * @since 0.7
	 */
	default void backup(java.nio.file.Path file) {
		throw new UnsupportedOperationException(getClass().getName() + " does not make backups");
	}

	/**
	 * @return every mention of the project's registered sources, in every set, by document order
	 * @since 0.7
	 */
	default List<SourceMention> sourceMentions(String projectId) {
		return List.of();
	}

	/**
	 * Renames a registered source; mentions keep pointing to it.
	 *
	 * @throws StoreException if another source of the project has the name
	 * @since 0.7
	 */
	default Source renameSource(String projectId, String sourceId, String name, String actor) {
		throw new UnsupportedOperationException(getClass().getName() + " does not edit sources");
	}

	/**
	 * Replaces a registered source's aliases (other spellings that name it).
	 *
	 * @since 0.7
	 */
	default Source setSourceAliases(String projectId, String sourceId, List<String> aliases, String actor) {
		throw new UnsupportedOperationException(getClass().getName() + " does not edit sources");
	}

	/**
	 * Merges source {@code fromId} into {@code intoId}: every mention of it, in every set, points to
	 * {@code intoId} (each set's revision rises and its audit records the change), its name and
	 * aliases become aliases of {@code intoId}, and it leaves the registry. One transaction.
	 *
	 * @return how many mentions moved
	 * @since 0.7
	 */
	default int mergeSources(String projectId, String fromId, String intoId, String actor) {
		throw new UnsupportedOperationException(getClass().getName() + " does not edit sources");
	}

	/** @return every project with its schema, members and source registry, but no documents */
	List<Project> projects();

	/** @return the project with this name or id */
	Optional<Project> project(String nameOrId);

	/**
	 * Adds documents to a project in one transaction: all of them or, on any error, none.
	 * Each document needs its text set; id, checksum and length are filled in when missing. A
	 * checksum that is set must be {@link org.sanad.model.text.TextChecksum#of(String)} of the
	 * text (the importer computes it anyway, to find duplicates).
	 *
	 * @throws DuplicateDocumentException if a text is already in the project or twice in the batch
	 */
	void addDocuments(String projectId, List<Document> documents);

	/**
	 * Adds the documents whose texts are not in the project yet, in one transaction, like
	 * {@link #addDocuments(String, List)}, and leaves out the others: a text the project holds or
	 * that comes earlier in the list. Import uses it for each batch instead of looking up the
	 * checksums first, which took a transaction of its own.
	 * <p>
	 * The default implementation looks up the checksums first; a store that does not do both in
	 * one transaction may then throw {@link DuplicateDocumentException} when another writer adds
	 * one of the texts in between.
	 *
	 * @return the documents left out, in list order, each with the id of the document that has its
	 *         text (for a text twice in the list, the id the first one was given)
	 * @since 0.3
	 */
	default Map<Document, String> addNewDocuments(String projectId, List<Document> documents) {
		java.util.Map<String, Document> firsts = new java.util.LinkedHashMap<>();
		java.util.Map<Document, Document> twins = new java.util.LinkedHashMap<>();
		for (Document document : documents) {
			if (document.getChecksum() == null && document.getText() != null) {
				document.setChecksum(org.sanad.model.text.TextChecksum.of(document.getText()));
			}
			Document first = firsts.putIfAbsent(document.getChecksum(), document);
			if (first != null && first != document) { // the same object twice is one document
				twins.put(document, first);
			}
		}
		Map<String, String> held = documentsByChecksum(projectId, firsts.keySet());
		List<Document> added = firsts.values().stream().filter(d -> !held.containsKey(d.getChecksum())).toList();
		addDocuments(projectId, added);
		Map<Document, String> leftOut = new java.util.LinkedHashMap<>();
		for (Document document : documents) {
			if (held.containsKey(document.getChecksum())) {
				leftOut.put(document, held.get(document.getChecksum()));
			} else if (twins.containsKey(document)) {
				leftOut.put(document, twins.get(document).getId());
			}
		}
		return leftOut;
	}

	/** @return of the given checksums, those already in the project, each with its document's id */
	Map<String, String> documentsByChecksum(String projectId, Collection<String> checksums);

	/** @return the number of documents in the project */
	long documentCount(String projectId);

	/**
	 * Lists documents without their texts or annotations ({@link Document#isSetText()} is false),
	 * in import order.
	 */
	List<Document> documents(String projectId, int offset, int limit);

	/**
	 * The page of a project's documents that follows {@code afterDocumentId} in import order, without
	 * texts, as {@link #documents(String, int, int)} lists them: for walking a whole project page by
	 * page. A store finds the page by the document's place in its index (keyset paging), so each page
	 * costs the same however far the walk has come, where an offset makes the database step over
	 * every document before it.
	 * <p>
	 * The default implementation finds the document's place in {@link #documentIds(String)}.
	 *
	 * @param afterDocumentId the last document of the previous page, or {@code null} for the first page
	 * @throws StoreException if {@code afterDocumentId} is not (or no longer) in the project
	 * @since 1.1
	 */
	default List<Document> documentsAfter(String projectId, String afterDocumentId, int limit) {
		if (afterDocumentId == null) {
			return documents(projectId, 0, limit);
		}
		int place = documentIds(projectId).indexOf(afterDocumentId);
		if (place < 0) {
			throw new StoreException("Document " + afterDocumentId + " is not in the project (deleted meanwhile?)");
		}
		return documents(projectId, place + 1, limit);
	}

	/**
	 * Lists the ids of a project's documents in import order, for work over a whole corpus (export)
	 * that then reads them in pages with {@link #documents(java.util.Collection)}: one index walk
	 * instead of a page query whose offset grows with the corpus.
	 * <p>
	 * The default implementation pages through {@link #documents(String, int, int)}.
	 *
	 * @since 0.5
	 */
	default List<String> documentIds(String projectId) {
		List<String> ids = new java.util.ArrayList<>();
		for (int offset = 0;; offset += 1000) {
			List<Document> page = documents(projectId, offset, 1000);
			page.forEach(d -> ids.add(d.getId()));
			if (page.size() < 1000) {
				return ids;
			}
		}
	}

	/** @return the document with its text, boilerplate and metadata */
	Optional<Document> document(String documentId);

	/**
	 * Loads many documents at once, each as {@link #document(String)} gives it, for work over a
	 * whole corpus (export) that pages through {@link #documents(String, int, int)}.
	 * <p>
	 * The default implementation loads them one by one.
	 *
	 * @return the documents of {@code documentIds} that exist, by id, in the order asked for
	 * @since 0.5
	 */
	default Map<String, Document> documents(Collection<String> documentIds) {
		Map<String, Document> documents = new java.util.LinkedHashMap<>();
		for (String id : documentIds) {
			document(id).ifPresent(d -> documents.put(id, d));
		}
		return documents;
	}

	/**
	 * Reads the texts of many documents at once, for work over a whole corpus (indexing, export)
	 * that pages through {@link #documents(String, int, int)}.
	 *
	 * @return the text of each of {@code documentIds} that exists, by id
	 */
	Map<String, String> texts(Collection<String> documentIds);

	/**
	 * @param owner an annotator's id, or {@code null} for the gold set
	 * @return the set with its annotations; a new, empty set at revision 0 if there is none yet
	 */
	AnnotationSet annotationSet(String documentId, String owner);

	/**
	 * Reads one owner's sets of many documents at once, for work over a whole corpus (export,
	 * agreement) that pages through {@link #documents(String, int, int)}.
	 * <p>
	 * The default implementation reads the sets one by one.
	 *
	 * @param owner an annotator's id, or {@code null} for the gold sets
	 * @return for each of {@code documentIds}, in their order, the set as
	 *         {@link #annotationSet(String, String)} gives it (empty at revision 0 when there is none)
	 * @since 0.5
	 */
	default Map<String, AnnotationSet> annotationSets(Collection<String> documentIds, String owner) {
		Map<String, AnnotationSet> sets = new java.util.LinkedHashMap<>();
		for (String id : documentIds) {
			sets.put(id, annotationSet(id, owner));
		}
		return sets;
	}

	/**
	 * Lists who has annotated in a project: the owners of its annotation sets, gold left out.
	 * <p>
	 * The default implementation reads them from {@link #setsModifiedSince(String, java.time.Instant)}.
	 *
	 * @return annotator ids, sorted
	 * @since 0.5
	 */
	default List<String> annotators(String projectId) {
		return setsModifiedSince(projectId, java.time.Instant.EPOCH).stream().map(SetChange::owner)
				.filter(java.util.Objects::nonNull).distinct().sorted().toList();
	}

	/**
	 * Applies one user action to an annotation set, in one transaction, and records it in the audit.
	 *
	 * @return the set's new revision
	 * @throws ConflictException if the set changed since {@link AnnotationChange#baseRevision()}
	 */
	long apply(AnnotationChange change);

	/**
	 * Applies several changes, each as {@link #apply} would and each all or nothing on its own: a
	 * refused change leaves the others applied. A store may make them durable together, with fewer
	 * commits than one a change, which is what an import of many documents' annotations needs; it
	 * returns only once every applied change is durable.
	 * <p>
	 * The default implementation applies them one by one.
	 *
	 * @return one outcome for each change, in their order
	 * @since 1.2
	 */
	default List<ChangeOutcome> applyAll(List<AnnotationChange> changes) {
		List<ChangeOutcome> outcomes = new java.util.ArrayList<>(changes.size());
		for (AnnotationChange change : changes) {
			try {
				outcomes.add(ChangeOutcome.applied(apply(change)));
			} catch (RuntimeException e) {
				outcomes.add(ChangeOutcome.refused(e));
			}
		}
		return outcomes;
	}

	/**
	 * Summarises the owner's sets of some documents without loading their annotations.
	 *
	 * @param owner an annotator's id, or {@code null} for the gold sets
	 * @return a summary for each of {@code documentIds}, {@link SetSummary#none(String)} where
	 *         the owner has no set yet
	 */
	Map<String, SetSummary> setSummaries(String owner, Collection<String> documentIds);

	/**
	 * Adds a source to the project's registry, the list of sources that mentions in all its
	 * documents point to. Names are unique per project (ignoring case and outer blanks).
	 *
	 * @return the new entry, or the existing entry with that name
	 */
	Source registerSource(String projectId, String name, String kind);

	/**
	 * Lists the project's annotation sets changed at or after {@code since} (annotations or status),
	 * oldest change first. Indexes keep the latest {@link SetChange#modifiedAt()} they saw and ask
	 * again from there; a set may come twice, never not at all.
	 */
	List<SetChange> setsModifiedSince(String projectId, java.time.Instant since);

	/** @return the audit of one annotation set, oldest first */
	List<AuditEntry> audit(String documentId, String owner);

	/**
	 * Tells what changed in a set after a revision, so that followers need not re-read the whole
	 * set. A store that keeps no history may answer empty; the follower then reads the set.
	 *
	 * @param owner         the annotator, or {@code null} for the gold set
	 * @param afterRevision a revision the caller has seen; 0 for everything
	 * @return the changes, or empty if there is no such set or the store cannot tell
	 * @since 0.2
	 */
	default java.util.Optional<SetChanges> changesSince(String documentId, String owner, long afterRevision) {
		return java.util.Optional.empty();
	}

	/**
	 * Writes a curator's change to a document's gold set and records the decisions behind it, in one
	 * transaction: both are stored, or neither.
	 *
	 * @param change    a change of the gold set ({@code owner} null)
	 * @param decisions what the curator decided, one per unit
	 * @return the gold set's new revision
	 * @throws ConflictException       if the gold set changed after {@code change.baseRevision()}
	 * @throws IllegalArgumentException if the change is not of the gold set
	 * @since 0.6
	 */
	default long curate(AnnotationChange change, List<CurationDecision> decisions) {
		throw new UnsupportedOperationException(getClass().getName() + " does not record curation decisions");
	}

	/**
	 * @return the curation decisions recorded for a document, oldest first; the last one for a unit
	 *         is the one in force
	 * @since 0.6
	 */
	default List<CurationDecision> curationDecisions(String documentId) {
		return List.of();
	}

	/**
	 * @return who this store acts for: the signed-in account of a server connection; empty for a
	 *         store opened on a data folder, which acts for whoever runs the process
	 * @since 0.8
	 */
	default java.util.Optional<String> caller() {
		return java.util.Optional.empty();
	}

	/**
	 * @return the store's accounts, for a server that lets people sign in
	 * @throws UnsupportedOperationException if the store keeps none
	 * @since 0.8
	 */
	default Accounts accounts() {
		throw new UnsupportedOperationException(getClass().getName() + " keeps no accounts");
	}

	/**
	 * @return the project's members with their roles, by account id
	 * @since 0.8
	 */
	default List<Member> members(String projectId) {
		return List.of();
	}

	/**
	 * Gives an account a role in a project, replacing the one it had, or with {@code role}
	 * {@code null} takes its membership away; recorded in the project's log.
	 *
	 * @throws StoreException if the project or the account does not exist
	 * @since 0.8
	 */
	default void setMember(String projectId, String user, org.sanad.model.Role role, String actor) {
		throw new UnsupportedOperationException(getClass().getName() + " keeps no members");
	}

	/**
	 * Assigns documents of a project to an annotator (status {@link WorkStatus#NEW}); documents
	 * already assigned to them keep their status. One transaction.
	 *
	 * @throws StoreException if a document is not in the project or the account does not exist
	 * @since 0.8
	 */
	default void assign(String projectId, Collection<String> documentIds, String user, String actor) {
		throw new UnsupportedOperationException(getClass().getName() + " keeps no assignments");
	}

	/**
	 * Takes documents back from an annotator; their annotation sets stay.
	 *
	 * @since 0.8
	 */
	default void unassign(String projectId, Collection<String> documentIds, String user, String actor) {
		throw new UnsupportedOperationException(getClass().getName() + " keeps no assignments");
	}

	/**
	 * Hands an annotator the next document of the project, in import order, that is not theirs yet
	 * and has fewer than {@code annotatorsPerDocument} annotators, and assigns it; one transaction,
	 * so that two annotators asking at once do not both take a document's last place.
	 *
	 * @return the document's id, or empty if every document has its annotators
	 * @since 0.8
	 */
	default java.util.Optional<String> assignNext(String projectId, String user, int annotatorsPerDocument,
			String actor) {
		throw new UnsupportedOperationException(getClass().getName() + " keeps no assignments");
	}

	/**
	 * @return the project's assignments, by document order then account
	 * @since 0.8
	 */
	default List<Assignment> assignments(String projectId) {
		return List.of();
	}

	/**
	 * @return the assignment of a document to an annotator, if it is assigned to them
	 * @since 0.8
	 */
	default java.util.Optional<Assignment> assignment(String documentId, String user) {
		return document(documentId).flatMap(d -> assignments(d.getProjectId()).stream()
				.filter(a -> a.documentId().equals(documentId) && a.user().equals(user)).findFirst());
	}

	/**
	 * @return the document's project with the account's role and assignment there, in one read (the
	 *         server asks it on every request); empty if there is no such document
	 * @since 0.8
	 */
	default java.util.Optional<DocumentAccess> access(String documentId, String user) {
		return projectOf(documentId).map(projectId -> new DocumentAccess(projectId,
				members(projectId).stream().filter(m -> m.user().equals(user)).map(Member::role).findFirst()
						.orElse(null),
				assignment(documentId, user).orElse(null)));
	}

	/**
	 * @return the id of the project the document belongs to, without reading its text
	 * @since 0.8
	 */
	default java.util.Optional<String> projectOf(String documentId) {
		return document(documentId).map(Document::getProjectId);
	}

	/**
	 * Changes an annotator's status on an assigned document.
	 *
	 * @return the assignment as it now is
	 * @throws StoreException if the document is not assigned to {@code user}
	 * @since 0.8
	 */
	default Assignment setWorkStatus(String documentId, String user, WorkStatus status, String actor) {
		throw new UnsupportedOperationException(getClass().getName() + " keeps no assignments");
	}

	/** @return counts for {@code sanad stats} */
	StoreStatistics statistics();

	/** Closes the store; acknowledged changes are already safe before this. */
	@Override
	void close();
}
