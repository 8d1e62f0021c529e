package org.sanad.agreement.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanad.agreement.Confusion;
import org.sanad.agreement.Figure;
import org.sanad.agreement.measure.Coincidences;
import org.sanad.agreement.measure.Metric;
import org.sanad.agreement.measure.SpanMatches.Span;
import org.sanad.model.Credibility;
import org.sanad.model.Reliability;
import org.sanad.model.SourceAttribution;

/**
 * Sources: the spans, then on sources placed identically (and, reported apart, on sources aligned by
 * overlap) the kind as nominal and the Admiralty ratings as ordinal scales (reliability A-E,
 * credibility 1-5), with the nominal metric beside them. F, 6 and an unrated source are missing
 * values, never grades.
 */
final class SourceAgreement implements LayerAgreement {

	static final List<String> RELIABILITY = List.of("A", "B", "C", "D", "E");
	static final List<String> CREDIBILITY = List.of("1", "2", "3", "4", "5");

	private final Categories kinds;
	private final SpanAgreement spans;
	private final Map<String, Feature[]> features = new LinkedHashMap<>();

	SourceAgreement(List<String> schemaKinds, Pairs pairs) {
		this.kinds = new Categories(schemaKinds);
		this.spans = new SpanAgreement("source", List.of("source"), pairs, false);
		for (String alignment : List.of("exact", "overlap")) {
			features.put(alignment, new Feature[] {
					new Feature("source", "kind", alignment, kinds.names(), pairs, Metric.NOMINAL),
					new Feature("source", "reliability", alignment, RELIABILITY, pairs, Metric.ORDINAL,
							Metric.NOMINAL),
					new Feature("source", "credibility", alignment, CREDIBILITY, pairs, Metric.ORDINAL,
							Metric.NOMINAL) });
		}
	}

	/** @return A-E as 0-4; F, unrated and null as missing */
	static int reliability(Reliability r) {
		return r == null || r == Reliability.UNRATED || r == Reliability.F ? Coincidences.MISSING : r.getValue() - 1;
	}

	/** @return 1-5 as 0-4; 6, unrated and null as missing */
	static int credibility(Credibility c) {
		return c == null || c == Credibility.UNRATED || c == Credibility.CANNOT_BE_JUDGED ? Coincidences.MISSING
				: c.getValue() - 1;
	}

	private record Placed(int annotator, SourceAttribution source) {
	}

	@Override
	public void document(DocumentSets document) {
		int coders = document.sets().length;
		List<List<Span>> perAnnotator = new ArrayList<>(coders);
		Map<Long, SourceAttribution[]> exact = new LinkedHashMap<>();
		List<Placed> placed = new ArrayList<>();
		for (int r = 0; r < coders; r++) {
			List<SourceAttribution> sources = document.sources(r);
			if (sources == null) {
				perAnnotator.add(null);
				continue;
			}
			List<Span> mine = new ArrayList<>(sources.size());
			for (SourceAttribution s : sources) {
				mine.add(new Span(s.getBegin(), s.getEnd(), 0));
				SourceAttribution[] unit = exact.computeIfAbsent(((long) s.getBegin() << 32) | s.getEnd(),
						k -> new SourceAttribution[coders]);
				if (unit[r] == null) {
					unit[r] = s;
				}
				placed.add(new Placed(r, s));
			}
			perAnnotator.add(mine);
		}
		spans.document(document, perAnnotator);
		for (SourceAttribution[] unit : exact.values()) {
			code(features.get("exact"), unit, document.id());
		}
		for (SourceAttribution[] unit : overlapping(placed, coders)) {
			code(features.get("overlap"), unit, document.id());
		}
		for (Feature[] group : features.values()) {
			for (Feature feature : group) {
				feature.endDocument();
			}
		}
	}

	/**
	 * Groups sources whose spans overlap, across annotators, into units; an annotator with two or
	 * more sources in one group gives no value for it (which of them is meant is unclear).
	 */
	static List<SourceAttribution[]> overlapping(List<Placed> placed, int annotators) {
		List<Placed> sorted = new ArrayList<>(placed);
		sorted.sort(Comparator.comparingInt((Placed p) -> p.source().getBegin()));
		List<SourceAttribution[]> units = new ArrayList<>();
		int i = 0;
		while (i < sorted.size()) {
			int end = sorted.get(i).source().getEnd();
			int j = i + 1;
			while (j < sorted.size() && sorted.get(j).source().getBegin() < end) {
				end = Math.max(end, sorted.get(j).source().getEnd());
				j++;
			}
			SourceAttribution[] unit = new SourceAttribution[annotators];
			boolean[] twice = new boolean[annotators];
			for (Placed p : sorted.subList(i, j)) {
				if (unit[p.annotator()] != null) {
					twice[p.annotator()] = true;
				}
				unit[p.annotator()] = p.source();
			}
			for (int r = 0; r < annotators; r++) {
				if (twice[r]) {
					unit[r] = null;
				}
			}
			units.add(unit);
			i = j;
		}
		return units;
	}

	private void code(Feature[] group, SourceAttribution[] unit, String documentId) {
		int n = unit.length;
		int[] kind = EntityAgreement.missing(n);
		int[] reliability = EntityAgreement.missing(n);
		int[] credibility = EntityAgreement.missing(n);
		for (int r = 0; r < n; r++) {
			if (unit[r] != null) {
				kind[r] = kinds.of(unit[r].getKind());
				reliability[r] = reliability(unit[r].getReliability());
				credibility[r] = credibility(unit[r].getCredibility());
			}
		}
		group[0].unit(kind, documentId);
		group[1].unit(reliability, documentId);
		group[2].unit(credibility, documentId);
	}

	@Override
	public List<Figure> figures(Sampling sampling) {
		List<Figure> figures = new ArrayList<>(spans.figures());
		for (Feature[] group : features.values()) {
			for (Feature feature : group) {
				figures.addAll(feature.figures(sampling));
			}
		}
		return figures;
	}

	@Override
	public List<Confusion> confusions() {
		Feature[] exactGroup = features.get("exact");
		return List.of(exactGroup[0].confusion(), exactGroup[1].confusion(), exactGroup[2].confusion());
	}
}
