package org.sanad.ui.editor.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.sanad.editing.AnnotationSession;
import org.sanad.ui.editor.OpenSessions;

import jakarta.inject.Named;

/** Ctrl+Shift+Z (or Ctrl+Y): does the undone edit again. */
public final class RedoHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(OpenSessions.ACTIVE) AnnotationSession session) {
		return session != null && session.canRedo();
	}

	@Execute
	void execute(@Named(OpenSessions.ACTIVE) AnnotationSession session) {
		session.redo();
	}
}
