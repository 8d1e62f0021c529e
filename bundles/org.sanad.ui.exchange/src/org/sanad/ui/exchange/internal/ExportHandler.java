package org.sanad.ui.exchange.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.sanad.exchange.DatasetExporter;
import org.sanad.workspace.Workspace;

import jakarta.inject.Named;

/** File > Export...: the export dialog. */
public final class ExportHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Workspace workspace,
			DatasetExporter exporter) {
		new ExportDialog(shell, workspace, exporter).open();
	}
}
