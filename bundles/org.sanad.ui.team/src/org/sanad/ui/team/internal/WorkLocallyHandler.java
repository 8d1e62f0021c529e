package org.sanad.ui.team.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.sanad.ui.WorkbenchPreferences;
import org.sanad.workspace.Workspace;

/** File > Work Locally: signs out of the server and works on the data folder's own store again. */
public final class WorkLocallyHandler {

	@CanExecute
	boolean connected(Workspace workspace) {
		return workspace.storeIfOpen().flatMap(s -> s.caller()).isPresent();
	}

	@Execute
	void execute(Workspace workspace, WorkbenchPreferences preferences, MApplication application,
			EModelService models, EPartService parts, IEventBroker events) {
		String annotator = preferences.annotator().orElse(System.getProperty("user.name", "annotator"));
		StoreSwitch.to(null, annotator, annotator, workspace, application, models, parts, events);
	}
}
