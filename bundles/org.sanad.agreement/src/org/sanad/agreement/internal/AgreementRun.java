package org.sanad.agreement.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.sanad.agreement.AgreementLayer;
import org.sanad.agreement.AgreementMeasure;
import org.sanad.agreement.AgreementOptions;
import org.sanad.agreement.AgreementReport;
import org.sanad.agreement.Confusion;
import org.sanad.agreement.Figure;
import org.sanad.model.LabelSchema;
import org.sanad.model.schema.Layers;

/**
 * One agreement computation, fed one document at a time and finished once: what the service does
 * with a store's pages, and what the benchmark does with generated sets.
 */
public final class AgreementRun {

	private final String project;
	private final AgreementOptions options;
	private final Pairs pairs;
	private final List<LayerAgreement> layers = new ArrayList<>();
	private int documents;
	private final List<DocumentSets> page = new ArrayList<>(PAGE);
	/** Plugins' measures, each with the name it reports under. */
	private final List<java.util.Map.Entry<String, AgreementMeasure.Tally>> plugged = new ArrayList<>();

	/** Documents handed to the layers at once: each layer goes through them on its own thread. */
	static final int PAGE = 256;

	/**
	 * @param project    the project's name, for the report
	 * @param schema     the project's schema: its labels and source kinds are the categories
	 * @param annotators the annotators compared, in the order of {@link DocumentSets#sets()}
	 */
	public AgreementRun(String project, LabelSchema schema, List<String> annotators, AgreementOptions options) {
		this.project = project;
		this.options = options;
		this.pairs = new Pairs(annotators);
		if (options.layers().contains(AgreementLayer.ENTITY)) {
			List<String> labels = schema == null ? List.of()
					: schema.getLayers().stream().filter(l -> Layers.ENTITY.equals(l.getId()))
							.flatMap(l -> l.getLabels().stream()).map(l -> l.getName()).toList();
			layers.add(new EntityAgreement(labels, pairs));
		}
		if (options.layers().contains(AgreementLayer.SOURCE)) {
			List<String> kinds = schema == null ? List.of()
					: schema.getSourceKinds().stream().map(k -> k.getId()).toList();
			layers.add(new SourceAgreement(kinds, pairs));
		}
		if (options.layers().contains(AgreementLayer.STANCE)) {
			layers.add(new StanceAgreement(pairs));
		}
	}

	/**
	 * Also feeds the plugins' measures; one that fails while starting is reported as a figure
	 * without a value, naming the failure, and the others go on.
	 */
	public AgreementRun measuring(List<AgreementMeasure> measures, LabelSchema schema) {
		for (AgreementMeasure measure : measures) {
			String name = measure.name();
			try {
				plugged.add(java.util.Map.entry(name, measure.start(schema, pairs.annotators())));
			} catch (RuntimeException e) {
				plugged.add(java.util.Map.entry(name, new FailedTally(name, e)));
			}
		}
		return this;
	}

	/** Adds one document; one with no set of the compared annotators is skipped. */
	public void add(DocumentSets document) {
		if (document.annotated() == 0) {
			return;
		}
		if (document.annotated() >= 2) {
			feedPlugged(document);
		}
		documents += document.annotated() >= 2 ? 1 : 0;
		document.split();
		page.add(document);
		if (page.size() == PAGE) {
			flush();
		}
	}

	/** The layers share nothing but the pairs' document lists (synchronized), so they run side by side. */
	private void flush() {
		layers.parallelStream().forEach(layer -> page.forEach(layer::document));
		page.clear();
	}

	/**
	 * Computes every figure, with the bootstrap the options ask for.
	 *
	 * @param canceled asked between bootstrap samples
	 * @throws java.util.concurrent.CancellationException when canceled
	 */
	public AgreementReport finish(BooleanSupplier canceled) {
		flush();
		Sampling sampling = new Sampling(options.bootstrap(), options.seed(), canceled);
		List<List<Figure>> byLayer = layers.parallelStream().map(layer -> layer.figures(sampling)).toList();
		List<Figure> figures = new ArrayList<>();
		byLayer.forEach(figures::addAll);
		for (var entry : plugged) {
			figures.addAll(pluggedFigures(entry.getKey(), entry.getValue()));
		}
		List<Confusion> confusions = new ArrayList<>();
		for (LayerAgreement layer : layers) {
			confusions.addAll(layer.confusions());
		}
		return new AgreementReport(project, pairs.annotators(), documents, figures, confusions, pairs.disagreeing());
	}

	private void feedPlugged(DocumentSets document) {
		for (int i = 0; i < plugged.size(); i++) {
			var entry = plugged.get(i);
			try {
				entry.getValue().document(document.id(), java.util.Arrays.asList(document.sets()));
			} catch (RuntimeException e) {
				plugged.set(i, java.util.Map.entry(entry.getKey(), new FailedTally(entry.getKey(), e)));
			}
		}
	}

	private static List<Figure> pluggedFigures(String name, AgreementMeasure.Tally tally) {
		try {
			return List.copyOf(tally.figures());
		} catch (RuntimeException e) {
			return new FailedTally(name, e).figures();
		}
	}

	/** A plugin's measure that failed: one figure without a value says so. */
	private record FailedTally(String name, RuntimeException failure) implements AgreementMeasure.Tally {

		@Override
		public void document(String documentId, List<org.sanad.model.AnnotationSet> sets) {
		}

		@Override
		public List<Figure> figures() {
			String why = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
			return List.of(new Figure("plugin", "-", name, "-", null, null, null, Double.NaN,
					"the measure failed: " + why, 0, 0, null));
		}
	}
}
