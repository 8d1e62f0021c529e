package org.sanad.search;

import org.osgi.annotation.versioning.ProviderType;

import org.eclipse.core.runtime.IProgressMonitor;
import org.sanad.model.Project;

/**
 * Searches the documents of a project. Provided as a DS service over the data folder's store;
 * long work (building an index), so call it off the UI thread.
 */
@ProviderType
public interface CorpusSearch {

	/**
	 * Finds documents: free words (normalised and stemmed for Arabic), {@code "exact phrases"}
	 * (normalised, not stemmed), {@code AND OR NOT}, parentheses, {@code title:word}, and filters
	 * on annotations: {@code entity:PER}, {@code entity.text:"..."}, {@code stance:AGAINST},
	 * {@code target:"..."}, {@code source:"..."}, {@code source.kind:...},
	 * {@code source.reliability:<=C}, {@code source.credibility:<=3}, {@code annotator:...},
	 * {@code status:finished}. Annotation filters see only the asker's annotations and the gold
	 * set. Brings the index up to the store first (building it if there is none). Hits come with
	 * their matches and a snippet; the results with facet counts.
	 *
	 * @param asker the annotator searching
	 * @throws QuerySyntaxException if the query cannot be parsed
	 */
	SearchResults search(Project project, String query, String asker, int limit);

	/**
	 * Makes the project's index ready to search: checks it (Lucene's checksums and Sanad's index
	 * layout), rebuilds it from the store when it is missing, stale or corrupt, and brings it up to
	 * the store. The workbench calls this at start-up, with progress shown; cancelling keeps the old
	 * index (a later search builds one if there is none).
	 *
	 * @return what was found
	 */
	IndexState prepare(Project project, IProgressMonitor monitor);

	/** Rebuilds the project's index from the store; cancelling keeps the old index. */
	void reindex(Project project, IProgressMonitor monitor);
}
