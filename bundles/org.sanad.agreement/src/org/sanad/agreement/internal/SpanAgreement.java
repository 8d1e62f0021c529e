package org.sanad.agreement.internal;

import java.util.ArrayList;
import java.util.List;

import org.sanad.agreement.Figure;
import org.sanad.agreement.measure.Estimate;
import org.sanad.agreement.measure.SpanMatches;
import org.sanad.agreement.measure.SpanMatches.Span;
import org.sanad.agreement.measure.UnitizingAlpha;

/**
 * Where annotators placed spans of one layer: pairwise F1 (exact and overlap, with and without the
 * label) and u-alpha over the character continuum of the documents all of them annotated, with
 * boilerplate cut out of the continuum.
 */
final class SpanAgreement {

	private final String layer;
	private final List<String> labels;
	private final Pairs pairs;
	private final boolean perLabel;
	private final SpanMatches[] matches;
	private final long[] unpaired;
	private final SpanMatches all;
	private final UnitizingAlpha continuum;
	private long outsideContinuum;

	SpanAgreement(String layer, List<String> labels, Pairs pairs, boolean perLabel) {
		this.layer = layer;
		this.labels = labels;
		this.pairs = pairs;
		this.perLabel = perLabel;
		this.matches = new SpanMatches[pairs.count()];
		this.unpaired = new long[pairs.count()];
		for (int p = 0; p < matches.length; p++) {
			matches[p] = new SpanMatches(labels.size());
		}
		this.all = new SpanMatches(labels.size());
		this.continuum = new UnitizingAlpha(pairs.annotators().size(), 0);
	}

	/** @param spans each annotator's spans, {@code null} where the annotator has no set */
	void document(DocumentSets document, List<List<Span>> spans) {
		for (int p = 0; p < pairs.count(); p++) {
			List<Span> a = spans.get(pairs.first(p));
			List<Span> b = spans.get(pairs.second(p));
			if (a == null || b == null) {
				unpaired[p] += (a == null ? 0 : a.size()) + (b == null ? 0 : b.size());
				continue;
			}
			all.add(a, b);
			if (!matches[p].add(a, b)) {
				pairs.disagree(p, document.id());
			}
		}
		if (document.annotated() < spans.size()) {
			spans.stream().filter(s -> s != null).forEach(s -> outsideContinuum += s.size());
			return;
		}
		int kept = document.length() - document.boilerplateBefore(document.length());
		long base = continuum.extend(kept);
		for (int r = 0; r < spans.size(); r++) {
			for (Span span : spans.get(r)) {
				if (document.inBoilerplate(span.begin(), span.end())) {
					outsideContinuum++;
				} else {
					continuum.add(r, span.label(), base + span.begin() - document.boilerplateBefore(span.begin()),
							base + span.end() - document.boilerplateBefore(span.end()));
				}
			}
		}
	}

	List<Figure> figures() {
		List<Figure> figures = new ArrayList<>();
		long unpairedAll = java.util.Arrays.stream(unpaired).sum();
		addF1(figures, all, null, unpairedAll);
		for (int p = 0; p < pairs.count(); p++) {
			addF1(figures, matches[p], pairs.name(p), unpaired[p]);
		}
		long segments = continuum.segments();
		long left = outsideContinuum + continuum.leftOut();
		figures.add(figure("u-alpha", "nominal", "continuum", null, null, continuum.alpha(), segments, left));
		if (perLabel) {
			for (int l = 0; l < labels.size(); l++) {
				if (all.spans(l) > 0) {
					figures.add(figure("f1", "exact-labelled", "exact", labels.get(l), null, all.exactLabelled(l),
							all.spans(l), 0));
					figures.add(figure("u-alpha", "nominal", "continuum", labels.get(l), null, continuum.alpha(l),
							segments, left));
				}
			}
		}
		return figures;
	}

	private void addF1(List<Figure> figures, SpanMatches m, String pair, long left) {
		figures.add(figure("f1", "exact", "exact", null, pair, m.exact(), m.spans(), left));
		figures.add(figure("f1", "overlap", "overlap", null, pair, m.overlap(), m.spans(), left));
		if (perLabel) {
			figures.add(figure("f1", "exact-labelled", "exact", null, pair, m.exactLabelled(), m.spans(), left));
			figures.add(figure("f1", "overlap-labelled", "overlap", null, pair, m.overlapLabelled(), m.spans(), left));
		}
	}

	private Figure figure(String measure, String metric, String alignment, String label, String pair,
			Estimate estimate, long units, long left) {
		return new Figure(layer, "span", measure, metric, alignment, label, pair, estimate.value(), estimate.reason(),
				units, left, null);
	}
}
