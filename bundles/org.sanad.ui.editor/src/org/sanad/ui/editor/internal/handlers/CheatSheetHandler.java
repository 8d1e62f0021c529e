package org.sanad.ui.editor.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Shell;
import org.sanad.editing.AnnotationSession;
import org.sanad.ui.editor.OpenSessions;
import org.sanad.ui.editor.internal.CheatSheetDialog;

import jakarta.inject.Named;

/** Ctrl+Shift+L: the keys of the editor, with the label keys of the active document's schema. */
public final class CheatSheetHandler {

	@Execute
	void execute(Shell shell, @Optional @Named(OpenSessions.ACTIVE) AnnotationSession session) {
		new CheatSheetDialog(shell, session == null ? null : session.schema()).open();
	}
}
