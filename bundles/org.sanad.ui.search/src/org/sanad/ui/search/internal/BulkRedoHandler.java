package org.sanad.ui.search.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/** Redo (Ctrl+Shift+Z, Ctrl+Y) while Search is active: labels by example again after an undo. */
public final class BulkRedoHandler {

	@CanExecute
	boolean canExecute(MPart part) {
		return part.getObject() instanceof SearchPart search && search.canRedoBulk();
	}

	@Execute
	void execute(MPart part) {
		if (part.getObject() instanceof SearchPart search) {
			search.redoBulk();
		}
	}
}
