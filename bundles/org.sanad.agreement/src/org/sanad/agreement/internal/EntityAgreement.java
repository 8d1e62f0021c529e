package org.sanad.agreement.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanad.agreement.Confusion;
import org.sanad.agreement.Figure;
import org.sanad.agreement.measure.Coincidences;
import org.sanad.agreement.measure.Metric;
import org.sanad.agreement.measure.SpanMatches.Span;
import org.sanad.model.EntityMention;

/**
 * Entities: the spans (F1, u-alpha) and the label of every span that two or more annotators placed
 * identically (a unit; annotators who did not place it give no value).
 */
final class EntityAgreement implements LayerAgreement {

	private final Categories labels;
	private final SpanAgreement spans;
	private final Feature label;

	EntityAgreement(List<String> schemaLabels, Pairs pairs) {
		this.labels = new Categories(schemaLabels);
		this.spans = new SpanAgreement("entity", labels.names(), pairs, true);
		this.label = new Feature("entity", "label", "exact", labels.names(), pairs, Metric.NOMINAL);
	}

	@Override
	public void document(DocumentSets document) {
		int coders = document.sets().length;
		List<List<Span>> perAnnotator = new ArrayList<>(coders);
		Map<Long, int[]> units = new LinkedHashMap<>();
		for (int r = 0; r < coders; r++) {
			List<EntityMention> entities = document.entities(r);
			if (entities == null) {
				perAnnotator.add(null);
				continue;
			}
			List<Span> mine = new ArrayList<>(entities.size());
			for (EntityMention m : entities) {
				int category = labels.of(m.getLabel());
				mine.add(new Span(m.getBegin(), m.getEnd(), category));
				int[] values = units.computeIfAbsent(((long) m.getBegin() << 32) | m.getEnd(), k -> missing(coders));
				if (values[r] == Coincidences.MISSING) {
					values[r] = category;
				}
			}
			perAnnotator.add(mine);
		}
		spans.document(document, perAnnotator);
		for (int[] values : units.values()) {
			label.unit(values, document.id());
		}
		label.endDocument();
	}

	static int[] missing(int n) {
		int[] values = new int[n];
		Arrays.fill(values, Coincidences.MISSING);
		return values;
	}

	@Override
	public List<Figure> figures(Sampling sampling) {
		List<Figure> figures = new ArrayList<>(spans.figures());
		figures.addAll(label.figures(sampling));
		return figures;
	}

	@Override
	public List<Confusion> confusions() {
		return List.of(label.confusion());
	}
}
