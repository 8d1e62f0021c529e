package org.sanad.search;

import java.util.List;

/**
 * What a query found.
 *
 * @param total how many documents match
 * @param hits  the best of them, best first, at most the limit asked for
 */
public record SearchResults(long total, List<SearchHit> hits) {
}
