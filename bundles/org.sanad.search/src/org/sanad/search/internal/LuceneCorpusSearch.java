package org.sanad.search.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.model.Project;
import org.sanad.search.CorpusSearch;
import org.sanad.search.SearchResults;
import org.sanad.workspace.Workspace;

/** Search over the data folder's store, one Lucene index per project. */
@Component(service = CorpusSearch.class)
public final class LuceneCorpusSearch implements CorpusSearch {

	@Reference
	private Workspace workspace;

	@Override
	public synchronized SearchResults search(Project project, String query, String asker, int limit) {
		ProjectIndex index = new ProjectIndex(workspace.dataDirectory(), project);
		QueryPlan.of(SanadQueryParser.parse(query)); // a syntax error should not wait for the index
		// Checked once per run: a missing or corrupt index is rebuilt from the store.
		if (checked.add(project.getId()) ? !index.healthy() : !index.exists()) {
			index.rebuild(workspace.store(), project, new NullProgressMonitor());
		} else {
			try {
				index.catchUp(workspace.store(), project, new NullProgressMonitor());
			} catch (java.io.UncheckedIOException e) {
				if (!(e.getCause() instanceof org.apache.lucene.store.LockObtainFailedException)) {
					throw e;
				}
				// another process (the workbench) is bringing the index up to date: search it as it is
			}
		}
		return index.search(query, asker, limit);
	}

	private final java.util.Set<String> checked = new java.util.HashSet<>();

	@Override
	public synchronized void reindex(Project project, IProgressMonitor monitor) {
		new ProjectIndex(workspace.dataDirectory(), project).rebuild(workspace.store(), project, monitor);
	}
}
