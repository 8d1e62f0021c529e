package org.sanad.agreement.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The pairs of annotators, numbered, and the documents where each pair disagrees. */
final class Pairs {

	private final List<String> annotators;
	private final int[][] pairs;
	private final Map<String, Set<String>> disagreeing = new LinkedHashMap<>();
	private final Set<String>[] byPair;

	Pairs(List<String> annotators) {
		this.annotators = List.copyOf(annotators);
		int n = annotators.size();
		pairs = new int[n * (n - 1) / 2][];
		int p = 0;
		for (int a = 0; a < n; a++) {
			for (int b = a + 1; b < n; b++) {
				pairs[p++] = new int[] { a, b };
			}
		}
		@SuppressWarnings("unchecked")
		Set<String>[] sets = new Set[pairs.length];
		byPair = sets;
		for (int q = 0; q < pairs.length; q++) {
			byPair[q] = new LinkedHashSet<>();
			disagreeing.put(name(q), byPair[q]);
		}
	}

	List<String> annotators() {
		return annotators;
	}

	int count() {
		return pairs.length;
	}

	int first(int pair) {
		return pairs[pair][0];
	}

	int second(int pair) {
		return pairs[pair][1];
	}

	/** @return "A|B" */
	String name(int pair) {
		return annotators.get(first(pair)) + "|" + annotators.get(second(pair));
	}

	synchronized void disagree(int pair, String documentId) {
		Set<String> documents = byPair[pair];
		if (documents.size() < Feature.DOCUMENTS_KEPT) {
			documents.add(documentId);
		}
	}

	Map<String, Set<String>> disagreeing() {
		return disagreeing;
	}
}
