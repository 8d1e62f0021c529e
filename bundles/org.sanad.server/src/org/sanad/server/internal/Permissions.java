package org.sanad.server.internal;

import java.util.Collection;
import java.util.Optional;

import org.sanad.model.Role;
import org.sanad.model.SetStatus;
import org.sanad.store.AccessDeniedException;
import org.sanad.store.Assignment;
import org.sanad.store.CorpusStore;
import org.sanad.store.WorkStatus;

/**
 * Who may do what, asked of the store on every request (so that a role taken away counts at once):
 * a server administrator may do everything; in a project, an administrator manages it, a curator
 * sees every set and writes the gold set, an annotator sees and writes only their own sets of the
 * documents assigned to them, and the gold set of those once it is curated. A refusal never says
 * whether what was asked for exists.
 */
final class Permissions {

	private final CorpusStore store;
	private final Caller caller;

	Permissions(CorpusStore store, Caller caller) {
		this.store = store;
		this.caller = caller;
	}

	String user() {
		return caller.user();
	}

	boolean serverAdministrator() {
		return caller.administrator();
	}

	/** @return the caller's role in the project, a server administrator's being administrator */
	Optional<Role> role(String projectId) {
		if (caller.administrator()) {
			return Optional.of(Role.ADMINISTRATOR);
		}
		return store.members(projectId).stream().filter(m -> m.user().equals(caller.user())).map(m -> m.role())
				.findFirst();
	}

	boolean isAtLeast(String projectId, Role needed) {
		return role(projectId).map(r -> r.getValue() >= needed.getValue()).orElse(false);
	}

	void requireServerAdministrator() {
		if (!caller.administrator()) {
			throw new AccessDeniedException();
		}
	}

	void require(String projectId, Role needed) {
		if (projectId == null || !isAtLeast(projectId, needed)) {
			throw new AccessDeniedException();
		}
	}

	/** @return the document's project, if the caller may read the document */
	String requireDocument(String documentId) {
		String projectId = projectOf(documentId);
		boolean assigned = role(projectId).isPresent() && assignment(documentId).isPresent();
		if (!assigned && !isAtLeast(projectId, Role.CURATOR)) {
			throw new AccessDeniedException();
		}
		return projectId;
	}

	void requireDocuments(Collection<String> documentIds) {
		documentIds.forEach(this::requireDocument);
	}

	void requireReadSet(String documentId, String owner) {
		String projectId = projectOf(documentId);
		if (isAtLeast(projectId, Role.CURATOR)) {
			return;
		}
		boolean member = role(projectId).isPresent();
		boolean assigned = member && assignment(documentId).isPresent();
		if (assigned && caller.user().equals(owner)) {
			return;
		}
		if (assigned && owner == null && goldCurated(documentId)) {
			return;
		}
		throw new AccessDeniedException();
	}

	void requireReadSets(Collection<String> documentIds, String owner) {
		documentIds.forEach(d -> requireReadSet(d, owner));
	}

	/**
	 * A curator writes the gold set and their own; an annotator their own set of a document assigned
	 * to them that is not finished or locked.
	 */
	void requireWriteSet(String documentId, String owner) {
		String projectId = projectOf(documentId);
		if (isAtLeast(projectId, Role.CURATOR) && (owner == null || owner.equals(caller.user()))) {
			return;
		}
		if (owner != null && owner.equals(caller.user()) && role(projectId).isPresent()) {
			Optional<Assignment> assignment = assignment(documentId);
			if (assignment.isPresent() && assignment.get().status() != WorkStatus.LOCKED
					&& assignment.get().status() != WorkStatus.FINISHED) {
				return;
			}
		}
		throw new AccessDeniedException();
	}

	Optional<Assignment> assignment(String documentId) {
		return store.assignment(documentId, caller.user());
	}

	private boolean goldCurated(String documentId) {
		return store.setSummaries(null, java.util.List.of(documentId)).get(documentId).status() == SetStatus.CURATED;
	}

	private String projectOf(String documentId) {
		return documentId == null ? null : store.projectOf(documentId).orElseThrow(AccessDeniedException::new);
	}
}
