package org.sanad.server.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanad.model.Role;
import org.sanad.model.SetStatus;
import org.sanad.store.AccessDeniedException;
import org.sanad.store.Assignment;
import org.sanad.store.CorpusStore;
import org.sanad.store.DocumentAccess;
import org.sanad.store.WorkStatus;

/**
 * Who may do what, asked of the store on every request (so that a role taken away counts at once;
 * within one request each answer is read once): a server administrator may do everything; in a
 * project, an administrator manages it, a curator sees every set and writes the gold set, an
 * annotator sees and writes only their own sets of the documents assigned to them, and the gold
 * set of those once it is curated. A refusal never says whether what was asked for exists.
 */
final class Permissions {

	private final CorpusStore store;
	private final Caller caller;
	private final Map<String, Optional<Role>> roles = new HashMap<>();
	private final Map<String, DocumentAccess> documents = new HashMap<>();

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
		return roles.computeIfAbsent(projectId, p -> store.members(p).stream()
				.filter(m -> m.user().equals(caller.user())).map(m -> m.role()).findFirst());
	}

	boolean isAtLeast(String projectId, Role needed) {
		return role(projectId).map(r -> atLeast(r, needed)).orElse(false);
	}

	private static boolean atLeast(Role role, Role needed) {
		return role != null && role.getValue() >= needed.getValue();
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

	/** @return the document's project, role and assignment of the caller; refused for no such document */
	DocumentAccess access(String documentId) {
		if (documentId == null) {
			throw new AccessDeniedException();
		}
		DocumentAccess access = documents.get(documentId);
		if (access == null) {
			access = store.access(documentId, caller.user()).orElseThrow(AccessDeniedException::new);
			if (caller.administrator()) {
				access = new DocumentAccess(access.projectId(), Role.ADMINISTRATOR, access.assignment());
			}
			documents.put(documentId, access);
		}
		return access;
	}

	private boolean curates(DocumentAccess access) {
		return atLeast(access.role(), Role.CURATOR);
	}

	private static boolean assigned(DocumentAccess access) {
		return access.role() != null && access.assignment() != null;
	}

	/** @return the document's project, if the caller may read the document */
	String requireDocument(String documentId) {
		DocumentAccess access = access(documentId);
		if (!curates(access) && !assigned(access)) {
			throw new AccessDeniedException();
		}
		return access.projectId();
	}

	void requireDocuments(Collection<String> documentIds) {
		documentIds.forEach(this::requireDocument);
	}

	/** @return whether the caller curates the document's project */
	boolean curatesDocument(String documentId) {
		return curates(access(documentId));
	}

	/** @return the document's project, if the caller curates it */
	String requireCurator(String documentId) {
		DocumentAccess access = access(documentId);
		if (!curates(access)) {
			throw new AccessDeniedException();
		}
		return access.projectId();
	}

	void requireReadSet(String documentId, String owner) {
		DocumentAccess access = access(documentId);
		if (curates(access)) {
			return;
		}
		if (assigned(access) && caller.user().equals(owner)) {
			return;
		}
		if (assigned(access) && owner == null && goldCurated(documentId)) {
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
		DocumentAccess access = access(documentId);
		if (curates(access) && (owner == null || owner.equals(caller.user()))) {
			return;
		}
		if (owner != null && owner.equals(caller.user()) && assigned(access)
				&& access.assignment().status() != WorkStatus.LOCKED
				&& access.assignment().status() != WorkStatus.FINISHED) {
			return;
		}
		throw new AccessDeniedException();
	}

	/** Reads the document's access again at the next question (the request changed it). */
	void forget(String documentId) {
		documents.remove(documentId);
	}

	/** @return the caller's assignment of the document, as read for this request */
	Optional<Assignment> assignment(String documentId) {
		return Optional.ofNullable(access(documentId).assignment());
	}

	private boolean goldCurated(String documentId) {
		return store.setSummaries(null, List.of(documentId)).get(documentId).status() == SetStatus.CURATED;
	}
}
