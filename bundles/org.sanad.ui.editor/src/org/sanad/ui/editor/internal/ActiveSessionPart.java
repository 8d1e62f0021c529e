package org.sanad.ui.editor.internal;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Control;
import org.sanad.editing.AnnotationSession;
import org.sanad.editing.Delta;
import org.sanad.editing.SessionListener;
import org.sanad.model.Annotation;
import org.sanad.ui.editor.OpenSessions;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A part that follows the active annotation editor's session (outline, properties, problems):
 * it hears the session's edits and selection and switches when another editor becomes active.
 */
abstract class ActiveSessionPart implements SessionListener {

	@Inject
	protected UISynchronize sync;

	protected AnnotationSession session;

	@Inject
	@Optional
	void follow(@Named(OpenSessions.ACTIVE) AnnotationSession active) {
		if (active == session) {
			return;
		}
		if (session != null) {
			session.removeListener(this);
		}
		session = active;
		if (session != null) {
			session.addListener(this);
		}
		if (control() != null && !control().isDisposed()) {
			sessionChanged();
		}
	}

	/** @return the part's main control, or {@code null} before it is created */
	protected abstract Control control();

	/** Shows the new session (or none). */
	protected abstract void sessionChanged();

	@Override
	public void annotationsChanged(Delta delta) {
	}

	@Override
	public void selectionChanged(Annotation selected) {
	}

	@PreDestroy
	void stopFollowing() {
		if (session != null) {
			session.removeListener(this);
		}
	}
}
