package org.sanad.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;

/** File > Quit (Ctrl+Q). Every edit is already stored, so there is nothing to ask. */
public final class QuitHandler {

	@Execute
	public void execute(IWorkbench workbench) {
		workbench.close();
	}
}
