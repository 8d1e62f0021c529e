package org.sanad.agreement.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.sanad.agreement.Confusion;
import org.sanad.agreement.Figure;
import org.sanad.agreement.measure.Coincidences;
import org.sanad.agreement.measure.Estimate;
import org.sanad.agreement.measure.Metric;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Stance;

/**
 * Document-level stances: a unit is a (document, target) that an annotator took a stance on; the
 * polarity is compared as nominal and as ordinal (AGAINST &lt; NEUTRAL &lt; FAVOR), and the holder
 * (the span of the holding entity, or none) as percentage agreement: holders are spans of one
 * text, so there is no chance model across documents to correct for. An annotator with two stances
 * of different polarity (or holder) on one target gives no value for it.
 */
final class StanceAgreement implements LayerAgreement {

	static final List<String> POLARITIES = List.of("AGAINST", "NEUTRAL", "FAVOR");

	private final Pairs pairs;
	private final Feature polarity;
	private double holderAgreeing;
	private double holderValues;
	private long holderUnits;
	private long holderIncomplete;

	StanceAgreement(Pairs pairs) {
		this.pairs = pairs;
		this.polarity = new Feature("stance", "polarity", "document", POLARITIES, pairs, Metric.NOMINAL,
				Metric.ORDINAL);
	}

	static int polarity(Stance stance) {
		if (!stance.isSetPolarity() || stance.getPolarity() == null) {
			return Coincidences.MISSING;
		}
		return stance.getPolarity() == Polarity.AGAINST ? 0 : stance.getPolarity() == Polarity.NEUTRAL ? 1 : 2;
	}

	static String holder(Stance stance) {
		EntityMention h = stance.getHolder();
		return h == null ? "none" : h.getBegin() + ":" + h.getEnd();
	}

	@Override
	public void document(DocumentSets document) {
		int coders = document.sets().length;
		Map<String, int[]> polarities = new LinkedHashMap<>();
		Map<String, String[]> holders = new HashMap<>();
		String ambiguous = "\u0000";
		for (int r = 0; r < coders; r++) {
			if (document.stances(r) == null) {
				continue;
			}
			for (Stance s : document.stances(r)) {
				if (s.getEvidence() == null && s.getTarget() != null) {
					int[] values = polarities.computeIfAbsent(s.getTarget(), t -> EntityAgreement.missing(coders));
					String[] who = holders.computeIfAbsent(s.getTarget(), t -> new String[coders]);
					int p = polarity(s);
					boolean first = who[r] == null;
					values[r] = first || values[r] == p ? p : Coincidences.MISSING;
					who[r] = first || who[r].equals(holder(s)) ? holder(s) : ambiguous;
				}
			}
		}
		for (Map.Entry<String, int[]> unit : polarities.entrySet()) {
			polarity.unit(unit.getValue(), document.id());
			String[] who = holders.get(unit.getKey());
			for (int r = 0; r < who.length; r++) {
				if (ambiguous.equals(who[r])) {
					who[r] = null;
				}
			}
			holders(who, document.id());
		}
		polarity.endDocument();
	}

	private void holders(String[] who, String documentId) {
		int m = (int) java.util.Arrays.stream(who).filter(Objects::nonNull).count();
		if (m < 2) {
			holderIncomplete += m == 1 ? 1 : 0;
			return;
		}
		Map<String, Integer> counts = new HashMap<>();
		for (String h : who) {
			if (h != null) {
				counts.merge(h, 1, Integer::sum);
			}
		}
		for (int n : counts.values()) {
			holderAgreeing += (double) n * (n - 1) / (m - 1);
		}
		holderValues += m;
		holderUnits++;
		for (int p = 0; p < pairs.count(); p++) {
			String a = who[pairs.first(p)];
			String b = who[pairs.second(p)];
			if (a != null && b != null && !a.equals(b)) {
				pairs.disagree(p, documentId);
			}
		}
	}

	@Override
	public List<Figure> figures(Sampling sampling) {
		List<Figure> figures = new ArrayList<>(polarity.figures(sampling));
		Estimate holder = holderUnits == 0 ? Estimate.undefined(Estimate.NO_DATA)
				: Estimate.of(holderAgreeing / holderValues);
		figures.add(new Figure("stance", "holder", "percentage", "nominal", "document", null, null, holder.value(),
				holder.reason(), holderUnits, holderIncomplete, null));
		return figures;
	}

	@Override
	public List<Confusion> confusions() {
		return List.of(polarity.confusion());
	}
}
