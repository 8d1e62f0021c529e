package org.sanad.ui.project.internal;

import java.util.List;
import java.util.Optional;

import org.sanad.model.Document;
import org.sanad.model.Project;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.sanad.store.CorpusStore;
import org.sanad.ui.WorkbenchIds;

/**
 * The project a command is about: the explorer's selection (a project, or a document's project),
 * else the active part's, else the only project there is. The explorer comes first: the active
 * selection can be another part's, left over from before.
 */
final class SelectedProject {

	private SelectedProject() {
	}

	/** @return the explorer's selection if it is a document or project, else the active selection */
	static Object selection(Object active, ESelectionService selections) {
		Object explorer = selections == null ? null : selections.getSelection(WorkbenchIds.EXPLORER_PART);
		return explorer instanceof Project || explorer instanceof Document ? explorer : active;
	}

	static Optional<Project> of(Object selection, CorpusStore store) {
		if (selection instanceof Project project) {
			return store.project(project.getId());
		}
		if (selection instanceof Document document) {
			return store.project(document.getProjectId());
		}
		List<Project> all = store.projects();
		return all.size() == 1 ? Optional.of(all.getFirst()) : Optional.empty();
	}
}
