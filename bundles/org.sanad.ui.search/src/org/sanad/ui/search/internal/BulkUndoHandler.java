package org.sanad.ui.search.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;

/** Undo (Ctrl+Z) while Search is active: takes back the last labelling by example, whole. */
public final class BulkUndoHandler {

	@CanExecute
	boolean canExecute(MPart part) {
		return part.getObject() instanceof SearchPart search && search.canUndoBulk();
	}

	@Execute
	void execute(MPart part) {
		if (part.getObject() instanceof SearchPart search) {
			search.undoBulk();
		}
	}
}
