package org.sanad.ui.curation.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.descriptor.basic.MPartDescriptor;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/** Shows a part made from a descriptor, in the stack its category names, creating it the first time. */
abstract class ShowPartHandler {

	private final String descriptorId;

	ShowPartHandler(String descriptorId) {
		this.descriptorId = descriptorId;
	}

	@Execute
	public void execute(EPartService parts, EModelService models, MApplication application) {
		MPart part = parts.findPart(descriptorId);
		if (part == null) {
			part = parts.createPart(descriptorId);
			MPartDescriptor descriptor = models.getPartDescriptor(descriptorId);
			MPartStack stack = (MPartStack) models.find(descriptor.getCategory(), application);
			stack.getChildren().add(part);
		}
		parts.showPart(part, PartState.ACTIVATE);
	}

	/** Curation > Agreement. */
	public static final class Agreement extends ShowPartHandler {
		public Agreement() {
			super("org.sanad.ui.curation.partdescriptor.agreement");
		}
	}

	/** Curation > Gold Feedback. */
	public static final class Feedback extends ShowPartHandler {
		public Feedback() {
			super("org.sanad.ui.curation.partdescriptor.feedback");
		}
	}
}
