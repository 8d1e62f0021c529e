package org.sanad.curation;

import java.util.Map;

/**
 * What an automatic merge did.
 *
 * @param documents documents with enough annotators to merge
 * @param merged    units taken into the gold set, per layer
 * @param left      units left for the curator (the annotators disagree), per layer
 * @param kept      units the merge left alone because a curator decided on them, or the gold set
 *                  already has them
 * @param finished  documents where nothing is left for the curator
 */
public record MergeReport(int documents, Map<String, Integer> merged, Map<String, Integer> left, int kept,
		int finished) {

	/** @return all merged units */
	public int mergedTotal() {
		return merged.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** @return all units left */
	public int leftTotal() {
		return left.values().stream().mapToInt(Integer::intValue).sum();
	}
}
