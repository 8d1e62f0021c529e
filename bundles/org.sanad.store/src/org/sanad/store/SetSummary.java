package org.sanad.store;

import org.sanad.model.SetStatus;

/**
 * One annotation set in short, for listings such as the corpus explorer.
 *
 * @param documentId  the document
 * @param status      the set's status; {@link SetStatus#NEW} when the owner has no set yet
 * @param annotations how many annotations the set holds
 * @param revision    the set's revision, 0 when there is no set yet
 */
public record SetSummary(String documentId, SetStatus status, int annotations, long revision) {

	/** @return the summary of a set that does not exist yet */
	public static SetSummary none(String documentId) {
		return new SetSummary(documentId, SetStatus.NEW, 0, 0);
	}
}
