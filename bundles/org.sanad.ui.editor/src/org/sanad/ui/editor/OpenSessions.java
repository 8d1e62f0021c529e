package org.sanad.ui.editor;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.sanad.editing.AnnotationSession;

/**
 * The documents open in annotation editors, by document id, and which one is active. Lives in the
 * application context; the outline, properties and problems parts follow {@link #ACTIVE}.
 */
public final class OpenSessions {

	/** Application-context name of the active editor's {@link AnnotationSession}. */
	public static final String ACTIVE = "org.sanad.ui.editor.activeSession";

	private final Map<String, AnnotationSession> open = new ConcurrentHashMap<>();

	/** @return the registry of an application context, created on first use */
	public static OpenSessions of(IEclipseContext application) {
		OpenSessions sessions = application.get(OpenSessions.class);
		if (sessions == null) {
			sessions = new OpenSessions();
			application.set(OpenSessions.class, sessions);
		}
		return sessions;
	}

	/** @return the session of a document open in an editor */
	public Optional<AnnotationSession> session(String documentId) {
		return Optional.ofNullable(open.get(documentId));
	}

	/** @return every open session */
	public Collection<AnnotationSession> all() {
		return List.copyOf(open.values());
	}

	/** Records a session an editor opened; editors call this. */
	public void register(AnnotationSession session) {
		open.put(session.document().getId(), session);
	}

	/** Forgets a session its editor closed; editors call this. */
	public void unregister(AnnotationSession session) {
		open.remove(session.document().getId(), session);
	}
}
