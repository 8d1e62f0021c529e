package org.sanad.agreement.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanad.agreement.Confusion;
import org.sanad.agreement.Figure;
import org.sanad.agreement.measure.Alpha;
import org.sanad.agreement.measure.Bootstrap;
import org.sanad.agreement.measure.Coincidences;
import org.sanad.agreement.measure.CohenKappa;
import org.sanad.agreement.measure.DocumentCoincidences;
import org.sanad.agreement.measure.Estimate;
import org.sanad.agreement.measure.FleissKappa;
import org.sanad.agreement.measure.Metric;

/**
 * One coded feature (a label, a rating, a polarity) over units that annotators rated: collects,
 * document by document, what every coefficient needs, and turns it into figures.
 */
final class Feature {

	/** Documents kept per confusion cell and per pair, so that a report stays small. */
	static final int DOCUMENTS_KEPT = 1000;

	private final String layer;
	private final String name;
	private final String alignment;
	private final List<String> categories;
	private final Metric[] metrics;
	private final Pairs pairs;
	private final DocumentCoincidences documents;
	private final FleissKappa fleiss;
	private final CohenKappa[] cohen;
	private final Coincidences[] pairMatrices;
	private final Map<Integer, Set<String>> cellDocuments = new LinkedHashMap<>();
	private Coincidences current;
	private long units;
	private long incomplete;

	Feature(String layer, String name, String alignment, List<String> categories, Pairs pairs, Metric... metrics) {
		this.layer = layer;
		this.name = name;
		this.alignment = alignment;
		this.categories = List.copyOf(categories);
		this.metrics = metrics;
		this.pairs = pairs;
		int k = categories.size();
		this.documents = new DocumentCoincidences(k);
		this.fleiss = new FleissKappa(k, pairs.annotators().size());
		this.cohen = new CohenKappa[pairs.count()];
		this.pairMatrices = new Coincidences[pairs.count()];
		for (int p = 0; p < pairs.count(); p++) {
			cohen[p] = new CohenKappa(k);
			pairMatrices[p] = new Coincidences(k);
		}
		this.current = new Coincidences(k);
	}

	/** Adds one unit of the current document: one category index per annotator, or MISSING. */
	void unit(int[] values, String documentId) {
		if (current.add(values)) {
			units++;
		} else if (java.util.Arrays.stream(values).anyMatch(v -> v != Coincidences.MISSING)) {
			incomplete++;
		}
		fleiss.add(values);
		for (int p = 0; p < pairs.count(); p++) {
			int a = values[pairs.first(p)];
			int b = values[pairs.second(p)];
			cohen[p].add(a, b);
			pairMatrices[p].add(a, b);
			if (a != Coincidences.MISSING && b != Coincidences.MISSING && a != b) {
				pairs.disagree(p, documentId);
				keep(a * categories.size() + b, documentId);
				keep(b * categories.size() + a, documentId);
			}
		}
	}

	private void keep(int cell, String documentId) {
		Set<String> kept = cellDocuments.computeIfAbsent(cell, c -> new LinkedHashSet<>());
		if (kept.size() < DOCUMENTS_KEPT) {
			kept.add(documentId);
		}
	}

	/** Closes the current document's coincidences. */
	void endDocument() {
		documents.add(current);
		current = new Coincidences(categories.size());
	}

	List<Figure> figures(Sampling sampling) {
		List<Figure> figures = new ArrayList<>();
		Coincidences pooled = documents.pooled();
		Estimate percentage = pooled.isEmpty() ? Estimate.undefined(Estimate.NO_DATA)
				: Estimate.of(pooled.observedAgreement());
		figures.add(figure("percentage", "nominal", null, percentage, units, incomplete, null));
		Map<Metric, Bootstrap.Interval> intervals = sampling.samples() > 0
				? Bootstrap.run(documents, sampling.samples(), sampling.seed(), sampling.canceled(), metrics)
				: Map.of();
		for (Metric metric : metrics) {
			figures.add(figure("krippendorff-alpha", metric.id(), null, Alpha.of(pooled, metric), units, incomplete,
					intervals.get(metric)));
		}
		if (pairs.annotators().size() > 2) {
			figures.add(figure("fleiss-kappa", "nominal", null, fleiss.kappa(), fleiss.units(), fleiss.incomplete(),
					null));
		}
		for (int p = 0; p < pairs.count(); p++) {
			String pair = pairs.name(p);
			figures.add(figure("cohen-kappa", "nominal", pair, cohen[p].kappa(), cohen[p].units(),
					cohen[p].incomplete(), null));
			for (Metric metric : metrics) {
				figures.add(figure("krippendorff-alpha", metric.id(), pair, Alpha.of(pairMatrices[p], metric),
						cohen[p].units(), cohen[p].incomplete(), null));
			}
		}
		return figures;
	}

	private Figure figure(String measure, String metric, String pair, Estimate estimate, long used, long left,
			Bootstrap.Interval interval) {
		Figure.Interval ci = interval == null || Double.isNaN(interval.low()) ? null
				: new Figure.Interval(interval.low(), interval.high(), interval.belowAcceptable(),
						interval.belowReliable(), interval.samples());
		return new Figure(layer, name, measure, metric, alignment, null, pair, estimate.value(), estimate.reason(),
				used, left, ci);
	}

	Confusion confusion() {
		Coincidences pooled = documents.pooled();
		int k = categories.size();
		double[][] counts = new double[k][k];
		for (int c = 0; c < k; c++) {
			for (int e = 0; e < k; e++) {
				counts[c][e] = pooled.cell(c, e);
			}
		}
		Map<String, Set<String>> documents = new LinkedHashMap<>();
		cellDocuments.forEach((cell, ids) -> documents.put(categories.get(cell / k) + "|" + categories.get(cell % k), ids));
		return new Confusion(layer, name, categories, counts, documents);
	}
}
