package org.sanad.ui.corpus.internal;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.sanad.ui.WorkbenchIds;

/** Opens a document in an annotation editor, or brings its open editor to the front: one editor per document. */
final class OpenDocument {

	private OpenDocument() {
	}

	static MPart open(EPartService parts, EModelService models, MApplication application, String documentId) {
		for (MPart part : parts.getParts()) {
			if (documentId.equals(part.getPersistedState().get(WorkbenchIds.DOCUMENT_ID))) {
				parts.showPart(part, PartState.ACTIVATE);
				return part;
			}
		}
		MPart part = parts.createPart(WorkbenchIds.ANNOTATION_EDITOR);
		part.getPersistedState().put(WorkbenchIds.DOCUMENT_ID, documentId);
		MPartStack stack = (MPartStack) models.find(WorkbenchIds.EDITOR_STACK, application);
		stack.getChildren().add(part);
		parts.showPart(part, PartState.ACTIVATE);
		return part;
	}
}
