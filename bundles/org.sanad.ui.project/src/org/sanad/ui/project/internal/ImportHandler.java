package org.sanad.ui.project.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.sanad.ui.WorkbenchIds;
import org.sanad.workspace.Workspace;

import jakarta.inject.Named;

/**
 * File > Import Documents...: the import dialog. With the parameters a drop onto the explorer
 * gives (a project and files), it imports those at once.
 */
public final class ImportHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Workspace workspace, IEventBroker events,
			@Optional @Named(WorkbenchIds.ANNOTATOR) String annotator,
			@Optional @Named(WorkbenchIds.IMPORT_PROJECT) String projectId,
			@Optional @Named(WorkbenchIds.IMPORT_FILES) String files) {
		ImportDialog dialog = new ImportDialog(shell, workspace, events, annotator == null ? "import" : annotator);
		if (files != null && !files.isBlank()) {
			dialog.dropped(projectId, files.lines().filter(l -> !l.isBlank()).map(java.nio.file.Path::of).toList());
		}
		dialog.open();
	}
}
