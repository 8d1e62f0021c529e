package org.sanad.curation;

import org.osgi.annotation.versioning.ProviderType;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.sanad.store.CorpusStore;

/** Turns annotators' sets into the gold standard. Provided as an OSGi service. */
@ProviderType
public interface Curation {

	/** The reasons the curation editor offers when the project defines none; a curator may also write their own. */
	List<String> REASONS = List.of("follows the guidelines", "annotator error", "text is ambiguous",
			"guideline changed", "other annotator missed it");

	/** @return the reasons the project defines ({@code sanad curate --reasons}), else {@link #REASONS} */
	static List<String> reasons(org.sanad.model.Project project) {
		return project.getCurationReasons().isEmpty() ? REASONS : List.copyOf(project.getCurationReasons());
	}

	/**
	 * Merges into the gold set what the strategy allows, document by document (each in its own
	 * transaction), never touching a unit a curator decided on or the gold set already holds.
	 *
	 * @param minAnnotators merge only documents that at least this many annotators annotated
	 * @param curator       recorded as the author of the merged annotations and decisions
	 * @param monitor       progress and cancel; a cancel stops after the current document
	 *                      ({@link org.eclipse.core.runtime.OperationCanceledException})
	 */
	MergeReport merge(CorpusStore store, String projectId, MergeStrategy strategy, int minAnnotators, String curator,
			IProgressMonitor monitor);

	/** @return each document's curation status */
	Map<String, CurationStatus> statuses(CorpusStore store, Collection<String> documentIds);
}
