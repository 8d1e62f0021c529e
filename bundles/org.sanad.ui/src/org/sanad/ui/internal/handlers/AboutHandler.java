package org.sanad.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.sanad.core.DataLocation;
import org.sanad.core.SanadVersion;

import jakarta.inject.Named;

/** Help > About Sanad: version, Java runtime and data folder. */
public final class AboutHandler {

	@Execute
	public void execute(@Named("activeShell") Shell shell) {
		MessageDialog.openInformation(shell, "About Sanad",
				"Sanad " + SanadVersion.full() + "\nJava " + Runtime.version() + "\nData folder: " + DataLocation.current());
	}
}
