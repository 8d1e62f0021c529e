package org.sanad.ui.team.internal;

import java.util.List;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.sanad.store.CorpusStore;
import org.sanad.ui.SanadTopics;
import org.sanad.ui.WorkbenchIds;
import org.sanad.workspace.Workspace;

/**
 * Moves the workbench from one store to another (a server, or the data folder's own again): what
 * is open on the old one is saved and closed first, then the explorer loads the new one, as the
 * account that signed in. The window title says where the workbench works and as whom.
 */
final class StoreSwitch {

	/** Parts outside the editor area that hold data of the store they were opened on. */
	private static final List<String> STORE_PARTS = List.of("org.sanad.ui.project.partdescriptor.sources");

	private StoreSwitch() {
	}

	/**
	 * @param store     the store to work on, or {@code null} for the data folder's own
	 * @param annotator whose sets the workbench shows and writes from now on
	 * @param where     for the window title, for example {@code amal @ https://host:8743}
	 * @return false if the user kept an unsaved editor open, and nothing changed
	 */
	static boolean to(CorpusStore store, String annotator, String where, Workspace workspace, MApplication application,
			EModelService models, EPartService parts, IEventBroker events) {
		if (!parts.saveAll(true)) {
			return false;
		}
		if (models.find(WorkbenchIds.EDITOR_STACK, application) instanceof MPartStack editors) {
			for (var child : List.copyOf(editors.getChildren())) {
				// as the user closes them; the welcome page stays (it shows no data, and the stack
				// needs a child to stay in the model)
				if (child instanceof MPart part && !WorkbenchIds.WELCOME_PART.equals(part.getElementId())) {
					parts.hidePart(part);
				}
			}
		}
		for (MPart part : models.findElements(application, null, MPart.class)) {
			if (STORE_PARTS.contains(part.getElementId())) {
				parts.hidePart(part);
			}
		}
		workspace.useStore(store);
		application.getContext().set(WorkbenchIds.ANNOTATOR, annotator);
		if (models.find(WorkbenchIds.MAIN_WINDOW, application) instanceof MWindow window) {
			window.setLabel("Sanad — " + where);
		}
		events.send(SanadTopics.CORPUS_CHANGED, "");
		return true;
	}
}
