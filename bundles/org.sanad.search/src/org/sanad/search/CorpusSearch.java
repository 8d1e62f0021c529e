package org.sanad.search;

import org.eclipse.core.runtime.IProgressMonitor;
import org.sanad.model.Project;

/**
 * Searches the documents of a project. Provided as a DS service over the data folder's store;
 * long work (building an index), so call it off the UI thread.
 */
public interface CorpusSearch {

	/**
	 * Finds documents: free words (normalised and stemmed for Arabic), {@code "exact phrases"}
	 * (normalised, not stemmed), {@code AND OR NOT}, parentheses, {@code title:word}.
	 * Builds the project's index first if it has none.
	 *
	 * @throws QuerySyntaxException if the query cannot be parsed
	 */
	SearchResults search(Project project, String query, int limit);

	/** Rebuilds the project's index from the store; cancelling keeps the old index. */
	void reindex(Project project, IProgressMonitor monitor);
}
