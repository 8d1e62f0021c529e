package org.sanad.ui.project.internal;

import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.store.CorpusStore;
import org.sanad.ui.SanadTopics;
import org.sanad.ui.WorkbenchIds;
import org.sanad.workspace.Workspace;

import jakarta.inject.Named;

/**
 * Edit > Delete: the document or project selected in the explorer, with its annotations of every
 * annotator and the gold set, after a confirmation that says what goes; recorded in the project's
 * log. Editors of what was deleted close without saving.
 */
public final class DeleteHandler {

	/** The curation editor's persisted document id (org.sanad.ui.curation, which this bundle does not need). */
	private static final String CURATION_DOCUMENT = "org.sanad.ui.curation.document";

	@CanExecute
	public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object active,
			@Optional org.eclipse.e4.ui.workbench.modeling.ESelectionService selections) {
		Object selection = SelectedProject.selection(active, selections);
		return selection instanceof Document || selection instanceof Project;
	}

	@Execute
	public void execute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object active,
			@Optional org.eclipse.e4.ui.workbench.modeling.ESelectionService selections, Workspace workspace,
			@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EPartService parts, IEventBroker events,
			UISynchronize sync, @Optional @Named(WorkbenchIds.ANNOTATOR) String annotator) {
		Object selection = SelectedProject.selection(active, selections);
		CorpusStore store = workspace.store();
		String actor = annotator == null ? "workbench" : annotator;
		String question;
		String projectId;
		java.util.function.Supplier<List<String>> delete; // deletes, and says which documents went
		if (selection instanceof Document document) {
			projectId = document.getProjectId();
			question = "Delete the document '" + document.getTitle() + "' with the annotations of every annotator and"
					+ " the gold set? This cannot be undone (a backup can: sanad backup).";
			delete = () -> {
				store.deleteDocuments(projectId, List.of(document.getId()), actor);
				return List.of(document.getId());
			};
		} else if (selection instanceof Project project) {
			projectId = project.getId();
			long count = store.documentCount(project.getId());
			question = "Delete the project '" + project.getName() + "' with its " + count + " document"
					+ (count == 1 ? "" : "s") + " and all their annotations? This cannot be undone (a backup can:"
					+ " sanad backup).";
			delete = () -> {
				List<String> ids = store.documentIds(projectId);
				store.deleteProject(projectId, actor);
				return ids;
			};
		} else {
			return;
		}
		if (!MessageDialog.openConfirm(shell, "Delete", question)) {
			return;
		}
		Job.create("Deleting", monitor -> {
			List<String> gone;
			try {
				gone = delete.get();
			} catch (RuntimeException e) {
				sync.asyncExec(() -> MessageDialog.openError(shell, "Delete", "Nothing was deleted: " + e.getMessage()));
				return Status.error("Delete failed", e);
			}
			boolean wholeProject = selection instanceof Project;
			sync.asyncExec(() -> closeEditorsOf(parts, java.util.Set.copyOf(gone), wholeProject ? projectId : null));
			events.post(SanadTopics.CORPUS_CHANGED, projectId);
			events.post(SanadTopics.ANNOTATIONS_CHANGED, projectId); // the search index lets go of what went
			return Status.OK_STATUS;
		}).schedule();
	}

	/** Editors of what was deleted close; their unsaved edits have nowhere to go. */
	private static void closeEditorsOf(EPartService parts, java.util.Set<String> documents, String project) {
		for (MPart part : List.copyOf(parts.getParts())) {
			String document = part.getPersistedState().getOrDefault(WorkbenchIds.DOCUMENT_ID,
					part.getPersistedState().get(CURATION_DOCUMENT));
			String settings = part.getPersistedState().get(ProjectSettingsPart.PROJECT_ID);
			if ((document != null && documents.contains(document)) || (project != null && project.equals(settings))) {
				part.setDirty(false);
				parts.hidePart(part, true);
			}
		}
	}
}
