package org.sanad.ui.project.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.sanad.ui.WorkbenchIds;
import org.sanad.workspace.Workspace;

import jakarta.inject.Named;

/** File > Import Documents...: the import dialog. */
public final class ImportHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Workspace workspace, IEventBroker events,
			@Optional @Named(WorkbenchIds.ANNOTATOR) String annotator) {
		new ImportDialog(shell, workspace, events, annotator == null ? "import" : annotator).open();
	}
}
