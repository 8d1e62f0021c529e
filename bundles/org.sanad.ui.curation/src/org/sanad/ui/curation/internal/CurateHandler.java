package org.sanad.ui.curation.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.sanad.ui.WorkbenchIds;

import jakarta.inject.Named;

/**
 * Curation > Curate Document: opens a document in the curation editor, the one named by the
 * command's parameter (the corpus explorer's Curate button passes it) or the active editor's.
 */
public final class CurateHandler {

	static final String DESCRIPTOR = "org.sanad.ui.curation.partdescriptor.curation";

	@CanExecute
	public boolean canExecute(@Optional @Named(WorkbenchIds.CURATE_DOCUMENT) String documentId,
			@Optional EPartService parts) {
		return documentId != null || (parts != null && documentOf(parts.getActivePart()) != null);
	}

	@Execute
	public void execute(@Optional @Named(WorkbenchIds.CURATE_DOCUMENT) String documentId, EPartService parts,
			EModelService models, MApplication application) {
		String id = documentId != null ? documentId : documentOf(parts.getActivePart());
		if (id != null) {
			open(parts, models, application, id);
		}
	}

	/** Opens a document in the curation editor, or brings its open one to the front. */
	static void open(EPartService parts, EModelService models, MApplication application, String id) {
		for (MPart part : parts.getParts()) {
			if (id.equals(part.getPersistedState().get(CurationEditorPart.DOCUMENT))) {
				parts.showPart(part, PartState.ACTIVATE);
				return;
			}
		}
		MPart part = parts.createPart(DESCRIPTOR);
		part.getPersistedState().put(CurationEditorPart.DOCUMENT, id);
		MPartStack stack = (MPartStack) models.find(WorkbenchIds.EDITOR_STACK, application);
		stack.getChildren().add(part);
		parts.showPart(part, PartState.ACTIVATE);
	}

	private static String documentOf(MPart part) {
		if (part == null) {
			return null;
		}
		String annotated = part.getPersistedState().get(WorkbenchIds.DOCUMENT_ID);
		return annotated != null ? annotated : part.getPersistedState().get(CurationEditorPart.DOCUMENT);
	}
}
