package org.sanad.ui.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/**
 * File > Quit (Ctrl+Q). Edits are stored as they are made; an editor is dirty only while some are
 * still on their way, and then it is saved (waited for) first, or the user is asked.
 */
public final class QuitHandler {

	@Execute
	public void execute(IWorkbench workbench, EPartService parts) {
		if (parts.saveAll(true)) {
			workbench.close();
		}
	}
}
