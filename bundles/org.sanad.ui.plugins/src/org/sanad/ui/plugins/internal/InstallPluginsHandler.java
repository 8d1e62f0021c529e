package org.sanad.ui.plugins.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;
import org.sanad.plugins.Plugins;

import jakarta.inject.Named;

/** Help > Install Plugins...: the dialog, and a restart when it installed something. */
public final class InstallPluginsHandler {

	@Execute
	void execute(@Named("activeShell") Shell shell, Plugins plugins, UISynchronize ui, IWorkbench workbench) {
		InstallPluginsDialog dialog = new InstallPluginsDialog(shell, plugins, ui);
		dialog.open();
		if (dialog.installed() && org.eclipse.jface.dialogs.MessageDialog.openQuestion(shell, "Install Plugins",
				"The plugins are installed and take effect when Sanad starts again. Restart now?")) {
			workbench.restart();
		}
	}
}
