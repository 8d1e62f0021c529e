package org.sanad.preannotation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.sanad.model.Document;
import org.sanad.model.Label;
import org.sanad.model.LabelSchema;
import org.sanad.model.schema.Layers;
import org.sanad.preannotation.PreAnnotationContext;
import org.sanad.preannotation.PreAnnotator;
import org.sanad.preannotation.PreAnnotators;
import org.sanad.preannotation.Proposal;
import org.sanad.preannotation.Suggestion;

/** Asks the pre-annotators that come and go with their plugins; one that fails does not stop the others. */
@Component(service = PreAnnotators.class)
public final class PreAnnotatorsService implements PreAnnotators {

	private final List<PreAnnotator> registered = new CopyOnWriteArrayList<>();

	public PreAnnotatorsService() {
	}

	/** For tests and for callers outside OSGi: these pre-annotators and no others. */
	public PreAnnotatorsService(List<PreAnnotator> preAnnotators) {
		registered.addAll(preAnnotators);
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void add(PreAnnotator preAnnotator) {
		registered.add(preAnnotator);
	}

	void remove(PreAnnotator preAnnotator) {
		registered.remove(preAnnotator);
	}

	@Override
	public List<String> names() {
		return registered.stream().map(PreAnnotator::name).sorted().toList();
	}

	@Override
	public Result propose(Document document, LabelSchema schema, PreAnnotationContext context) {
		Set<String> labels = entityLabels(schema);
		int length = document.getText().length();
		List<Suggestion> suggestions = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (PreAnnotator preAnnotator : registered) {
			if (context.isCancelled()) {
				break;
			}
			String name = preAnnotator.name();
			try {
				List<Proposal> proposals = preAnnotator.propose(document, schema, context);
				for (Proposal p : proposals == null ? List.<Proposal>of() : proposals) {
					if (p.end() <= length && labels.contains(p.label())) {
						suggestions.add(new Suggestion(p, name));
					}
				}
			} catch (RuntimeException | LinkageError e) {
				failures.add(name + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
			}
		}
		suggestions.sort(Comparator.comparingInt(Suggestion::begin).thenComparingInt(Suggestion::end)
				.thenComparing(Suggestion::label).thenComparing(Suggestion::by));
		return new Result(dropTwins(suggestions), failures);
	}

	private static Set<String> entityLabels(LabelSchema schema) {
		return schema.getLayers().stream().filter(l -> Layers.ENTITY.equals(l.getId()))
				.flatMap(l -> l.getLabels().stream()).map(Label::getName).collect(Collectors.toSet());
	}

	/** Two pre-annotators proposing the same label for the same span make one suggestion. */
	private static List<Suggestion> dropTwins(List<Suggestion> sorted) {
		List<Suggestion> kept = new ArrayList<>();
		for (Suggestion s : sorted) {
			Suggestion last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
			if (last == null || last.begin() != s.begin() || last.end() != s.end() || !last.label().equals(s.label())) {
				kept.add(s);
			}
		}
		return kept;
	}
}
