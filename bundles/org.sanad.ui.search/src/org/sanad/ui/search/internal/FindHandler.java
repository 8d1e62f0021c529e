package org.sanad.ui.search.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Edit > Find in Corpus (Ctrl+Shift+F): the search part, its query box focused. */
public final class FindHandler {

	@Execute
	void execute(EPartService parts) {
		parts.showPart(SearchPart.ID, PartState.ACTIVATE);
	}
}
