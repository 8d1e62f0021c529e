package org.sanad.ui.editor;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.sanad.ui.WorkbenchIds;
import org.sanad.ui.editor.internal.AnnotationEditorPart;

/** Opens documents in annotation editors: one editor per document. Call on the UI thread. */
public final class Editors {

	/** Transient-data key of an editor: the {@code int[] {begin, end}} to select once the text is shown. */
	public static final String REVEAL = "org.sanad.ui.editor.reveal";

	private Editors() {
	}

	/** Opens a document, or brings its open editor to the front. */
	public static MPart open(EPartService parts, EModelService models, MApplication application, String documentId) {
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

	/**
	 * Marks places of a document's text in its open annotation editor with a dashed frame (read-only),
	 * or clears them with an empty list; nothing happens when no editor has the document open.
	 *
	 * @param spans {begin, end} in UTF-16 offsets
	 */
	public static void showOverlay(EPartService parts, String documentId, java.util.List<int[]> spans) {
		for (MPart part : parts.getParts()) {
			if (documentId.equals(part.getPersistedState().get(WorkbenchIds.DOCUMENT_ID))
					&& part.getObject() instanceof AnnotationEditorPart editor) {
				editor.setOverlay(spans);
			}
		}
	}

	/**
	 * Opens a document and selects a span of its text (UTF-16 offsets), scrolled into view: where
	 * a search hit is, say.
	 */
	public static MPart openAt(EPartService parts, EModelService models, MApplication application, String documentId,
			int begin, int end) {
		MPart part = open(parts, models, application, documentId);
		if (part.getObject() instanceof AnnotationEditorPart editor && editor.showsText()) {
			editor.selectText(begin, end);
		} else {
			part.getTransientData().put(REVEAL, new int[] { begin, end });
		}
		return part;
	}
}
