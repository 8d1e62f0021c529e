package org.sanad.ui.project.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.sanad.ui.SanadTopics;
import org.sanad.workspace.Workspace;

import jakarta.inject.Named;

/** File > New Project...: the dialog; the explorer hears of the new project. */
public final class NewProjectHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Workspace workspace, IEventBroker events) {
		NewProjectDialog dialog = new NewProjectDialog(shell, workspace);
		if (dialog.open() == org.eclipse.jface.window.Window.OK && dialog.created() != null) {
			events.post(SanadTopics.CORPUS_CHANGED, dialog.created().getId());
		}
	}
}
