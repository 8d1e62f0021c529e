package org.sanad.ui.curation.internal;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;
import org.sanad.curation.Curation;
import org.sanad.ui.WorkbenchIds;
import org.sanad.workspace.Workspace;

import jakarta.inject.Named;

/** Curation > Merge Automatically...: the merge dialog. */
public final class MergeHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, Workspace workspace, Curation curation,
			@Optional @Named(WorkbenchIds.ANNOTATOR) String annotator) {
		new MergeDialog(shell, workspace, curation,
				annotator != null ? annotator : System.getProperty("user.name", "curator")).open();
	}
}
