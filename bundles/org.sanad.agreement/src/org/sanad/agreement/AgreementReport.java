package org.sanad.agreement;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures of one agreement run.
 *
 * @param project      the project's name
 * @param annotators   the annotators compared
 * @param documents    documents that at least two of them annotated
 * @param figures      every figure
 * @param confusions   label confusion per layer and feature
 * @param disagreeing  for each pair of annotators ("A|B"), the documents where they disagree on a
 *                     span or a value
 */
public record AgreementReport(String project, List<String> annotators, int documents, List<Figure> figures,
		List<Confusion> confusions, Map<String, Set<String>> disagreeing) {

	/** @return the figures of one layer, feature and measure, over all annotators */
	public List<Figure> figures(String layer, String feature, String measure) {
		return figures.stream().filter(f -> f.layer().equals(layer) && f.feature().equals(feature)
				&& f.measure().equals(measure) && !f.pairwise()).toList();
	}

	/** @return the first matching figure over all annotators and labels, if any */
	public java.util.Optional<Figure> figure(String layer, String feature, String measure, String metric) {
		return figures.stream().filter(f -> f.layer().equals(layer) && f.feature().equals(feature)
				&& f.measure().equals(measure) && f.metric().equals(metric) && !f.pairwise() && f.label() == null
				&& !"overlap".equals(f.alignment())).findFirst();
	}
}
