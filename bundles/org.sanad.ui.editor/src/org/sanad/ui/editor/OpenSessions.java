package org.sanad.ui.editor;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.sanad.editing.AnnotationSession;

/**
 * The workbench's annotation sessions: one per document, shared by whoever holds it (its editor,
 * a bulk labelling), so that every edit of a document goes through one undo stack and one commit
 * queue. Lives in the application context; the outline, properties and problems parts follow
 * {@link #ACTIVE}, the active editor's session.
 */
public final class OpenSessions {

	/** Application-context name of the active editor's {@link AnnotationSession}. */
	public static final String ACTIVE = "org.sanad.ui.editor.activeSession";

	private final Map<String, AnnotationSession> open = new HashMap<>();
	private final Map<String, Integer> holders = new HashMap<>();

	/** @return the registry of an application context, created on first use */
	public static OpenSessions of(IEclipseContext application) {
		synchronized (application) {
			OpenSessions sessions = application.get(OpenSessions.class);
			if (sessions == null) {
				sessions = new OpenSessions();
				application.set(OpenSessions.class, sessions);
			}
			return sessions;
		}
	}

	/**
	 * @param opener opens the session when no one holds one; slow for a big document, so call this
	 *               off the UI thread
	 * @return the document's session, held until {@link #release}
	 */
	public synchronized AnnotationSession acquire(String documentId, Supplier<AnnotationSession> opener) {
		AnnotationSession session = open.get(documentId);
		if (session == null) {
			session = opener.get();
			open.put(documentId, session);
		}
		holders.merge(documentId, 1, Integer::sum);
		return session;
	}

	/**
	 * Gives a session back.
	 *
	 * @return whether that was its last holder: the caller then closes it (off the UI thread, as
	 *         closing waits for the commits)
	 */
	public synchronized boolean release(AnnotationSession session) {
		String id = session.document().getId();
		if (open.get(id) != session) {
			return false;
		}
		int left = holders.merge(id, -1, Integer::sum);
		if (left > 0) {
			return false;
		}
		holders.remove(id);
		open.remove(id);
		return true;
	}

	/** @return the session of a document someone holds */
	public synchronized Optional<AnnotationSession> session(String documentId) {
		return Optional.ofNullable(open.get(documentId));
	}

	/** @return every open session */
	public synchronized Collection<AnnotationSession> all() {
		return List.copyOf(open.values());
	}
}
