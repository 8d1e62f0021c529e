package org.sanad.server.internal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanad.model.AnnotationSet;
import org.sanad.model.Document;
import org.sanad.model.LabelSchema;
import org.sanad.model.Project;
import org.sanad.model.Role;
import org.sanad.model.SetStatus;
import org.sanad.model.Source;
import org.sanad.store.AccessDeniedException;
import org.sanad.store.Accounts;
import org.sanad.store.AnnotationChange;
import org.sanad.store.Assignment;
import org.sanad.store.AuditEntry;
import org.sanad.store.CorpusStore;
import org.sanad.store.CurationDecision;
import org.sanad.store.Member;
import org.sanad.store.ProjectLogEntry;
import org.sanad.store.SchemaChange;
import org.sanad.store.SchemaChangeReport;
import org.sanad.store.SetChange;
import org.sanad.store.SetChanges;
import org.sanad.store.SetSummary;
import org.sanad.store.SourceMention;
import org.sanad.store.StoreStatistics;
import org.sanad.store.WorkStatus;

/**
 * The store as one caller may use it: every operation checks {@link Permissions} before it reaches
 * the real store, and every change is recorded as the caller's, whatever actor the request named.
 * Every method is written out, so that an operation the API gains is refused here (the
 * interface's default) until someone decides who may use it.
 */
final class GuardedStore implements CorpusStore {

	private final CorpusStore store;
	private final Permissions can;
	private final String me;

	GuardedStore(CorpusStore store, Caller caller) {
		this.store = store;
		this.can = new Permissions(store, caller);
		this.me = caller.user();
	}

	@Override
	public Optional<String> caller() {
		return Optional.of(me);
	}

	@Override
	public Accounts accounts() {
		return new GuardedAccounts(store.accounts(), can);
	}

	// Projects

	@Override
	public Project createProject(String name, String description, LabelSchema schema) {
		can.requireServerAdministrator();
		Project project = store.createProject(name, description, schema);
		store.setMember(project.getId(), me, Role.ADMINISTRATOR, me);
		return project;
	}

	@Override
	public List<Project> projects() {
		return store.projects().stream().filter(p -> can.role(p.getId()).isPresent()).toList();
	}

	@Override
	public Optional<Project> project(String nameOrId) {
		return store.project(nameOrId).filter(p -> can.role(p.getId()).isPresent());
	}

	@Override
	public void setBoilerplatePhrases(String projectId, List<String> phrases) {
		can.require(projectId, Role.ADMINISTRATOR);
		store.setBoilerplatePhrases(projectId, phrases);
	}

	@Override
	public void setCurationReasons(String projectId, List<String> reasons) {
		can.require(projectId, Role.ADMINISTRATOR);
		store.setCurationReasons(projectId, reasons);
	}

	@Override
	public SchemaChangeReport changeSchema(String projectId, SchemaChange change, String actor) {
		can.require(projectId, Role.ADMINISTRATOR);
		return store.changeSchema(projectId, change, me);
	}

	@Override
	public List<SchemaChangeReport> changeSchema(String projectId, List<SchemaChange> changes, String actor) {
		can.require(projectId, Role.ADMINISTRATOR);
		return store.changeSchema(projectId, changes, me);
	}

	@Override
	public Map<String, Long> labelUsage(String projectId, String layer) {
		can.require(projectId, Role.CURATOR);
		return store.labelUsage(projectId, layer);
	}

	@Override
	public void deleteDocuments(String projectId, Collection<String> documentIds, String actor) {
		can.require(projectId, Role.ADMINISTRATOR);
		store.deleteDocuments(projectId, documentIds, me);
	}

	@Override
	public void deleteProject(String projectId, String actor) {
		can.require(projectId, Role.ADMINISTRATOR);
		store.deleteProject(projectId, me);
	}

	@Override
	public List<ProjectLogEntry> projectLog(String projectId, Instant since) {
		can.require(projectId, Role.CURATOR);
		return store.projectLog(projectId, since);
	}

	@Override
	public void backup(Path file) {
		throw new AccessDeniedException(); // a path on the server is not the client's business
	}

	// Members and assignments

	@Override
	public List<Member> members(String projectId) {
		can.require(projectId, Role.ANNOTATOR);
		return store.members(projectId);
	}

	@Override
	public void setMember(String projectId, String user, Role role, String actor) {
		can.require(projectId, Role.ADMINISTRATOR);
		store.setMember(projectId, user, role, me);
	}

	@Override
	public void assign(String projectId, Collection<String> documentIds, String user, String actor) {
		can.require(projectId, Role.CURATOR);
		store.assign(projectId, documentIds, user, me);
	}

	@Override
	public void unassign(String projectId, Collection<String> documentIds, String user, String actor) {
		can.require(projectId, Role.CURATOR);
		store.unassign(projectId, documentIds, user, me);
	}

	@Override
	public Optional<String> assignNext(String projectId, String user, int annotatorsPerDocument, String actor) {
		can.require(projectId, user.equals(me) ? Role.ANNOTATOR : Role.CURATOR);
		return store.assignNext(projectId, user, annotatorsPerDocument, me);
	}

	@Override
	public List<Assignment> assignments(String projectId) {
		can.require(projectId, Role.ANNOTATOR);
		List<Assignment> all = store.assignments(projectId);
		return can.isAtLeast(projectId, Role.CURATOR) ? all : all.stream().filter(a -> a.user().equals(me)).toList();
	}

	@Override
	public Optional<Assignment> assignment(String documentId, String user) {
		if (!user.equals(me)) {
			can.requireCurator(documentId);
			return store.assignment(documentId, user);
		}
		can.access(documentId); // the document exists: the answer may be "not assigned"
		return can.assignment(documentId);
	}

	@Override
	public Optional<org.sanad.store.DocumentAccess> access(String documentId, String user) {
		if (!user.equals(me)) {
			can.requireCurator(documentId);
			return store.access(documentId, user);
		}
		return Optional.of(can.access(documentId));
	}

	@Override
	public Assignment setWorkStatus(String documentId, String user, WorkStatus status, String actor) {
		String projectId = can.access(documentId).projectId();
		if (!can.isAtLeast(projectId, Role.CURATOR)) {
			Assignment current = can.assignment(documentId).orElseThrow(AccessDeniedException::new);
			if (!user.equals(me) || status == WorkStatus.LOCKED || current.status() == WorkStatus.LOCKED) {
				throw new AccessDeniedException();
			}
		}
		return store.setWorkStatus(documentId, user, status, me);
	}

	@Override
	public Optional<String> projectOf(String documentId) {
		return Optional.of(can.requireDocument(documentId));
	}

	// Documents

	@Override
	public void addDocuments(String projectId, List<Document> documents) {
		can.require(projectId, Role.ADMINISTRATOR);
		store.addDocuments(projectId, documents);
	}

	@Override
	public Map<Document, String> addNewDocuments(String projectId, List<Document> documents) {
		can.require(projectId, Role.ADMINISTRATOR);
		return store.addNewDocuments(projectId, documents);
	}

	@Override
	public Map<String, String> documentsByChecksum(String projectId, Collection<String> checksums) {
		can.require(projectId, Role.ADMINISTRATOR);
		return store.documentsByChecksum(projectId, checksums);
	}

	@Override
	public long documentCount(String projectId) {
		can.require(projectId, Role.ANNOTATOR);
		return can.isAtLeast(projectId, Role.CURATOR) ? store.documentCount(projectId) : mine(projectId).size();
	}

	@Override
	public List<Document> documents(String projectId, int offset, int limit) {
		can.require(projectId, Role.ANNOTATOR);
		if (can.isAtLeast(projectId, Role.CURATOR)) {
			return store.documents(projectId, offset, limit);
		}
		List<String> ids = mine(projectId);
		List<String> page = ids.subList(Math.min(offset, ids.size()), Math.min(offset + limit, ids.size()));
		return store.documents(page).values().stream().peek(Document::unsetText).toList();
	}

	@Override
	public List<Document> documentsAfter(String projectId, String afterDocumentId, int limit) {
		can.require(projectId, Role.ANNOTATOR);
		if (can.isAtLeast(projectId, Role.CURATOR)) {
			return store.documentsAfter(projectId, afterDocumentId, limit);
		}
		return CorpusStore.super.documentsAfter(projectId, afterDocumentId, limit); // through documents(): assigned only
	}

	@Override
	public List<String> documentIds(String projectId) {
		can.require(projectId, Role.ANNOTATOR);
		return can.isAtLeast(projectId, Role.CURATOR) ? store.documentIds(projectId) : mine(projectId);
	}

	/** @return the caller's assigned documents of the project, in import order */
	private List<String> mine(String projectId) {
		return store.assignments(projectId).stream().filter(a -> a.user().equals(me)).map(Assignment::documentId)
				.toList();
	}

	@Override
	public Optional<Document> document(String documentId) {
		can.requireDocument(documentId);
		return store.document(documentId);
	}

	@Override
	public Map<String, Document> documents(Collection<String> documentIds) {
		can.requireDocuments(documentIds);
		return store.documents(documentIds);
	}

	@Override
	public Map<String, String> texts(Collection<String> documentIds) {
		can.requireDocuments(documentIds);
		return store.texts(documentIds);
	}

	// Annotation sets

	@Override
	public AnnotationSet annotationSet(String documentId, String owner) {
		can.requireReadSet(documentId, owner);
		return store.annotationSet(documentId, owner);
	}

	@Override
	public Map<String, AnnotationSet> annotationSets(Collection<String> documentIds, String owner) {
		can.requireReadSets(documentIds, owner);
		return store.annotationSets(documentIds, owner);
	}

	/**
	 * The gold sets' summaries reach an annotator as for every other reader where the gold set is
	 * curated, and as "no gold set yet" elsewhere: the explorer lists their documents with the gold
	 * column, without learning how far curation went.
	 */
	@Override
	public Map<String, SetSummary> setSummaries(String owner, Collection<String> documentIds) {
		if (owner != null) {
			can.requireReadSets(documentIds, owner);
			return store.setSummaries(owner, documentIds);
		}
		can.requireDocuments(documentIds);
		Map<String, SetSummary> gold = store.setSummaries(null, documentIds);
		Map<String, SetSummary> shown = new java.util.LinkedHashMap<>();
		gold.forEach((id, summary) -> shown.put(id, can.curatesDocument(id) || summary.status() == SetStatus.CURATED
				? summary : SetSummary.none(id)));
		return shown;
	}

	@Override
	public List<String> annotators(String projectId) {
		can.require(projectId, Role.ANNOTATOR);
		return can.isAtLeast(projectId, Role.CURATOR) ? store.annotators(projectId) : List.of(me);
	}

	@Override
	public long apply(AnnotationChange change) {
		boolean own = me.equals(change.owner());
		if (own && reopens(change)) {
			// "Reopen" on a finished document: the assignment opens again first, then the set
			store.setWorkStatus(change.documentId(), me, WorkStatus.IN_PROGRESS, me);
			can.forget(change.documentId());
		}
		can.requireWriteSet(change.documentId(), change.owner());
		if (change.owner() != null && change.status() == SetStatus.CURATED) {
			throw new AccessDeniedException(); // only a gold set is curated
		}
		long revision = store.apply(change.withActor(me));
		// the assignment as read before the change: the first edit starts the work
		can.assignment(change.documentId()).filter(a -> own).ifPresent(a -> {
			WorkStatus next = change.status() == SetStatus.FINISHED ? WorkStatus.FINISHED
					: a.status() == WorkStatus.NEW ? WorkStatus.IN_PROGRESS : a.status();
			if (next != a.status()) { // the set's status and the assignment's go together
				store.setWorkStatus(a.documentId(), me, next, me);
			}
		});
		return revision;
	}

	/** @return whether the change only reopens the caller's finished (not locked) assignment */
	private boolean reopens(AnnotationChange change) {
		return change.status() == SetStatus.IN_PROGRESS && change.created().isEmpty() && change.updated().isEmpty()
				&& change.deleted().isEmpty() && can.assignment(change.documentId())
						.map(a -> a.status() == WorkStatus.FINISHED).orElse(false);
	}

	@Override
	public long curate(AnnotationChange change, List<CurationDecision> decisions) {
		if (change.owner() != null) {
			throw new IllegalArgumentException("Curation changes the gold set; this change is of " + change.owner()
					+ "'s set");
		}
		can.requireCurator(change.documentId());
		List<CurationDecision> mine = decisions.stream().map(d -> new CurationDecision(d.unit(), d.action(),
				d.annotator(), d.reason(), me, d.at())).toList();
		return store.curate(change.withActor(me), mine);
	}

	@Override
	public List<CurationDecision> curationDecisions(String documentId) {
		can.requireCurator(documentId);
		return store.curationDecisions(documentId);
	}

	@Override
	public List<SetChange> setsModifiedSince(String projectId, Instant since) {
		can.require(projectId, Role.ANNOTATOR);
		List<SetChange> all = store.setsModifiedSince(projectId, since);
		if (can.isAtLeast(projectId, Role.CURATOR)) {
			return all;
		}
		Set<String> assigned = mine(projectId).stream().collect(Collectors.toSet());
		return all.stream().filter(c -> assigned.contains(c.documentId()))
				.filter(c -> me.equals(c.owner()) || (c.owner() == null && c.status() == SetStatus.CURATED)).toList();
	}

	@Override
	public List<AuditEntry> audit(String documentId, String owner) {
		can.requireReadSet(documentId, owner);
		return store.audit(documentId, owner);
	}

	@Override
	public Optional<SetChanges> changesSince(String documentId, String owner, long afterRevision) {
		can.requireReadSet(documentId, owner);
		return store.changesSince(documentId, owner, afterRevision);
	}

	// Sources

	@Override
	public Source registerSource(String projectId, String name, String kind) {
		can.require(projectId, Role.ANNOTATOR);
		return store.registerSource(projectId, name, kind);
	}

	@Override
	public List<SourceMention> sourceMentions(String projectId) {
		can.require(projectId, Role.CURATOR);
		return store.sourceMentions(projectId);
	}

	@Override
	public Source renameSource(String projectId, String sourceId, String name, String actor) {
		can.require(projectId, Role.CURATOR);
		return store.renameSource(projectId, sourceId, name, me);
	}

	@Override
	public Source setSourceAliases(String projectId, String sourceId, List<String> aliases, String actor) {
		can.require(projectId, Role.CURATOR);
		return store.setSourceAliases(projectId, sourceId, aliases, me);
	}

	@Override
	public int mergeSources(String projectId, String fromId, String intoId, String actor) {
		can.require(projectId, Role.CURATOR);
		return store.mergeSources(projectId, fromId, intoId, me);
	}

	@Override
	public StoreStatistics statistics() {
		can.requireServerAdministrator();
		return store.statistics();
	}

	@Override
	public void close() {
		// The server's store outlives every request.
	}
}
