package org.sanad.agreement;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How often one annotator's value met another's on the same unit (Krippendorff's coincidence
 * matrix: symmetric, pooled over all pairs of annotators), with the documents where two different
 * values met.
 *
 * @param layer      the layer
 * @param feature    the feature, for example label
 * @param categories the row and column names, in scale order
 * @param counts     counts[row][column]
 * @param documents  for each cell off the diagonal ("row|column"), the documents where it happened
 */
public record Confusion(String layer, String feature, List<String> categories, double[][] counts,
		Map<String, Set<String>> documents) {

	/** @return the documents where {@code a} met {@code b} */
	public Set<String> documents(String a, String b) {
		return documents.getOrDefault(a + "|" + b, Set.of());
	}
}
