package org.sanad.agreement;

import org.osgi.annotation.versioning.ProviderType;

import org.eclipse.core.runtime.IProgressMonitor;
import org.sanad.store.CorpusStore;

/** Measures how far a project's annotators agree. Provided as an OSGi service. */
@ProviderType
public interface AgreementService {

	/**
	 * Reads the annotators' sets page by page and computes every figure the options ask for.
	 *
	 * @param store     where the sets are
	 * @param projectId the project
	 * @param options   annotators, layers, bootstrap
	 * @param monitor   progress and cancel; a cancel throws {@link org.eclipse.core.runtime.OperationCanceledException}
	 * @return the report
	 * @throws IllegalArgumentException when fewer than two annotators are named or found
	 */
	AgreementReport compute(CorpusStore store, String projectId, AgreementOptions options, IProgressMonitor monitor);
}
