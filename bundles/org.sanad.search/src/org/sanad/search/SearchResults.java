package org.sanad.search;

import java.util.List;
import java.util.Map;

/**
 * What a query found.
 *
 * @param total  how many documents match
 * @param hits   the best of them, best first, at most the limit asked for
 * @param facets for each facet field ({@link #ENTITY}, {@link #STANCE}, {@link #RELIABILITY},
 *               {@link #CREDIBILITY}), how many of the matching documents hold an annotation with
 *               each value that the asker may see; most frequent first. A facet and value make a
 *               filter: {@code entity:PER}.
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, Map<String, Long>> facets) {

	/** Facet of entity labels. */
	public static final String ENTITY = "entity";
	/** Facet of stance polarities. */
	public static final String STANCE = "stance";
	/** Facet of source reliability grades (A–F). */
	public static final String RELIABILITY = "source.reliability";
	/** Facet of information credibility grades (1–6). */
	public static final String CREDIBILITY = "source.credibility";

	public SearchResults {
		hits = List.copyOf(hits);
		facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
	}

	/** @return the counts of one facet, most frequent first; empty when nothing has it */
	public Map<String, Long> facet(String field) {
		return facets.getOrDefault(field, Map.of());
	}
}
