package org.sanad.ui.editor.internal.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.sanad.editing.AnnotationSession;
import org.sanad.ui.editor.OpenSessions;

import jakarta.inject.Named;

/** Ctrl+Z: takes back the active editor's last annotation edit. */
public final class UndoHandler {

	@CanExecute
	boolean canExecute(@Optional @Named(OpenSessions.ACTIVE) AnnotationSession session) {
		return session != null && session.canUndo();
	}

	@Execute
	void execute(@Named(OpenSessions.ACTIVE) AnnotationSession session) {
		session.undo();
	}
}
