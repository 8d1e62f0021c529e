package org.sanad.agreement.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.sanad.agreement.AgreementLayer;
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

	/** Adds one document; one with no set of the compared annotators is skipped. */
	public void add(DocumentSets document) {
		if (document.annotated() == 0) {
			return;
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
		List<Confusion> confusions = new ArrayList<>();
		for (LayerAgreement layer : layers) {
			confusions.addAll(layer.confusions());
		}
		return new AgreementReport(project, pairs.annotators(), documents, figures, confusions, pairs.disagreeing());
	}
}
