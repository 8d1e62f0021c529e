package org.sanad.ui.editor.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Shell;
import org.sanad.editing.AnnotationSession;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.ui.SanadTopics;
import org.sanad.ui.WorkbenchPreferences;
import org.sanad.ui.editor.OpenSessions;
import org.sanad.ui.editor.internal.PreferencesDialog;

import jakarta.inject.Named;

/** Edit → Preferences: editor font and size, label colours, word snapping. */
public final class PreferencesHandler {

	@Execute
	void execute(Shell shell, WorkbenchPreferences preferences, IEventBroker events,
			@Optional @Named(OpenSessions.ACTIVE) AnnotationSession session) {
		var schema = session == null ? DefaultSchema.create() : session.schema();
		if (new PreferencesDialog(shell, preferences, schema).open() == 0) {
			events.post(SanadTopics.PREFERENCES_CHANGED, preferences);
		}
	}
}
