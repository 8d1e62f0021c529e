package org.sanad.ui.project.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.sanad.model.Project;
import org.sanad.ui.WorkbenchIds;
import org.sanad.workspace.Workspace;

import jakarta.inject.Named;

/** File > Project Settings: the settings editor of the selected project, one per project. */
public final class ProjectSettingsHandler {

	static final String DESCRIPTOR = "org.sanad.ui.project.partdescriptor.settings";

	@Execute
	public void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object active,
			@Optional org.eclipse.e4.ui.workbench.modeling.ESelectionService selections, Workspace workspace,
			EPartService parts, EModelService models, MApplication application,
			@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
		Object selection = SelectedProject.selection(active, selections);
		java.util.Optional<Project> project = SelectedProject.of(selection, workspace.store());
		if (project.isEmpty()) {
			MessageDialog.openInformation(shell, "Project Settings", "Select a project in the Corpus explorer first.");
			return;
		}
		String id = project.get().getId();
		for (MPart part : parts.getParts()) {
			if (id.equals(part.getPersistedState().get(ProjectSettingsPart.PROJECT_ID))) {
				parts.showPart(part, PartState.ACTIVATE);
				return;
			}
		}
		MPart part = parts.createPart(DESCRIPTOR);
		part.getPersistedState().put(ProjectSettingsPart.PROJECT_ID, id);
		part.setLabel("Settings: " + project.get().getName());
		((MPartStack) models.find(WorkbenchIds.EDITOR_STACK, application)).getChildren().add(part);
		parts.showPart(part, PartState.ACTIVATE);
	}
}
