package org.sanad.search.internal;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.model.Project;
import org.sanad.search.CorpusSearch;
import org.sanad.search.IndexState;
import org.sanad.search.SearchResults;
import org.sanad.workspace.Workspace;

/** Search over the data folder's store, one Lucene index per project. */
@Component(service = CorpusSearch.class)
public final class LuceneCorpusSearch implements CorpusSearch {

	@Reference
	private Workspace workspace;

	/** Projects whose index was checked in this run. */
	private final Set<String> checked = new HashSet<>();
	/** Each project's index, kept so that its reader stays open between searches. */
	private final java.util.Map<String, ProjectIndex> indexes = new java.util.HashMap<>();

	private ProjectIndex index(Project project) {
		return indexes.computeIfAbsent(project.getId(), id -> new ProjectIndex(workspace.dataDirectory(), project));
	}

	@org.osgi.service.component.annotations.Deactivate
	synchronized void closeIndexes() {
		indexes.values().forEach(ProjectIndex::close);
		indexes.clear();
	}

	@Override
	public synchronized SearchResults search(Project project, String query, String asker, int limit) {
		ProjectIndex index = index(project);
		QueryPlan.of(SanadQueryParser.parse(query)); // a syntax error should not wait for the index
		if (!checked.contains(project.getId()) || !index.exists()) {
			prepare(project, new NullProgressMonitor());
		} else {
			catchUp(index, project);
		}
		return index.search(query, asker, limit, workspace.store()::texts);
	}

	/** Checks the index once per run (CheckIndex reads every file); rebuilds it if it must. */
	@Override
	public synchronized IndexState prepare(Project project, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, "Checking the index of " + project.getName(), 10);
		ProjectIndex index = index(project);
		IndexState state = index.state();
		progress.worked(1);
		if (state.rebuilt()) {
			progress.setTaskName("Building the index of " + project.getName());
			index.rebuild(workspace.store(), project, progress.split(9));
		} else {
			catchUp(index, project);
		}
		checked.add(project.getId());
		return state;
	}

	private void catchUp(ProjectIndex index, Project project) {
		try {
			index.catchUp(workspace.store(), project, new NullProgressMonitor());
		} catch (java.io.UncheckedIOException e) {
			if (!(e.getCause() instanceof org.apache.lucene.store.LockObtainFailedException)) {
				throw e;
			}
			// another process (the workbench) is bringing the index up to date: search it as it is
		}
	}

	@Override
	public synchronized void reindex(Project project, IProgressMonitor monitor) {
		index(project).rebuild(workspace.store(), project, monitor);
		checked.add(project.getId());
	}
}
