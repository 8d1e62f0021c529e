package org.sanad.preannotation;

import org.osgi.annotation.versioning.ProviderType;
import org.sanad.store.CorpusStore;

/** What Sanad hands a {@link PreAnnotator} along with the document. */
@ProviderType
public interface PreAnnotationContext {

	/**
	 * @return the store the document comes from, as the signed-in user sees it: on a team server a
	 *         read the user's role does not allow (an annotator reading the gold set in a blind
	 *         project) fails with the store's access error
	 */
	CorpusStore store();

	/** @return the id of the document's project */
	String projectId();

	/** @return whether the proposals are no longer wanted (the editor was closed) */
	boolean isCancelled();
}
