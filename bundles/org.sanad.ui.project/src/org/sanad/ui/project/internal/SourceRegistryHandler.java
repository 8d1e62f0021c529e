package org.sanad.ui.project.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.sanad.model.Project;
import org.sanad.workspace.Workspace;

import jakarta.inject.Named;

/** File > Source Registry: the view, showing the selected project's sources. */
public final class SourceRegistryHandler {

	static final String DESCRIPTOR = "org.sanad.ui.project.partdescriptor.sources";

	@Execute
	public void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object active,
			@Optional org.eclipse.e4.ui.workbench.modeling.ESelectionService selections, Workspace workspace,
			EPartService parts, org.eclipse.e4.ui.workbench.modeling.EModelService models,
			org.eclipse.e4.ui.model.application.MApplication application) {
		Object selection = SelectedProject.selection(active, selections);
		var part = parts.findPart(DESCRIPTOR);
		if (part == null) { // below the editors, where its wide tables fit
			part = parts.createPart(DESCRIPTOR);
			((org.eclipse.e4.ui.model.application.ui.basic.MPartStack) models.find(
					models.getPartDescriptor(DESCRIPTOR).getCategory(), application)).getChildren().add(part);
		}
		part = parts.showPart(part, PartState.ACTIVATE);
		if (part != null && part.getObject() instanceof SourceRegistryPart view) {
			SelectedProject.of(selection, workspace.store()).map(Project::getId).ifPresent(view::show);
		}
	}
}
