package org.sanad.agreement.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.sanad.agreement.AgreementMeasure;
import org.sanad.agreement.AgreementOptions;
import org.sanad.agreement.AgreementReport;
import org.sanad.agreement.AgreementService;
import org.sanad.model.AnnotationSet;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.model.SetStatus;
import org.sanad.store.CorpusStore;

/** Reads the annotators' sets a page of documents at a time and feeds each layer's collector. */
@Component(service = AgreementService.class)
public final class Calculator implements AgreementService {

	/** The plugins' measures, as they come and go. */
	private final List<AgreementMeasure> measures = new java.util.concurrent.CopyOnWriteArrayList<>();

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
	void addMeasure(AgreementMeasure measure) {
		measures.add(measure);
	}

	void removeMeasure(AgreementMeasure measure) {
		measures.remove(measure);
	}

	static final int PAGE = 250;

	@Override
	public AgreementReport compute(CorpusStore store, String projectId, AgreementOptions options,
			IProgressMonitor monitor) {
		Project project = store.project(projectId)
				.orElseThrow(() -> new IllegalArgumentException("no project '" + projectId + "'"));
		List<String> annotators = annotators(store, project, options.annotators());
		List<String> ids = store.documentIds(project.getId());
		SubMonitor progress = SubMonitor.convert(monitor, "Measuring agreement in " + project.getName(),
				ids.size() + (options.bootstrap() > 0 ? ids.size() / 2 + 1 : 1));
		AgreementRun run = new AgreementRun(project.getName(), project.getSchema(), annotators, options)
				.measuring(measures, project.getSchema());
		for (int from = 0; from < ids.size(); from += PAGE) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			List<String> page = ids.subList(from, Math.min(ids.size(), from + PAGE));
			read(store, page, annotators, options.finishedOnly()).forEach(run::add);
			progress.worked(page.size());
		}
		progress.subTask("Computing the figures");
		try {
			AgreementReport report = run.finish(progress::isCanceled);
			progress.done();
			return report;
		} catch (java.util.concurrent.CancellationException e) {
			throw new OperationCanceledException();
		}
	}

	private static List<String> annotators(CorpusStore store, Project project, List<String> asked) {
		List<String> known = store.annotators(project.getId());
		for (String name : asked) {
			if (!known.contains(name)) {
				throw new IllegalArgumentException("no annotator '" + name + "' has a set in project '"
						+ project.getName() + "' (annotators: " + String.join(", ", known) + ")");
			}
		}
		List<String> chosen = asked.isEmpty() ? known : asked.stream().distinct().toList();
		if (chosen.size() < 2) {
			throw new IllegalArgumentException("agreement needs two annotators or more; project '" + project.getName()
					+ "' has " + (known.isEmpty() ? "none" : String.join(", ", known)));
		}
		return chosen;
	}

	private static List<DocumentSets> read(CorpusStore store, List<String> page, List<String> annotators,
			boolean finishedOnly) {
		List<Map<String, AnnotationSet>> sets = new ArrayList<>();
		for (String annotator : annotators) {
			sets.add(store.annotationSets(page, annotator));
		}
		Map<String, Document> documents = store.documents(page);
		List<DocumentSets> read = new ArrayList<>();
		for (String id : page) {
			Document document = documents.get(id);
			if (document == null) {
				continue;
			}
			AnnotationSet[] mine = new AnnotationSet[annotators.size()];
			for (int r = 0; r < mine.length; r++) {
				AnnotationSet set = sets.get(r).get(id);
				boolean exists = set != null && set.getId() != null;
				boolean finished = exists
						&& (set.getStatus() == SetStatus.FINISHED || set.getStatus() == SetStatus.CURATED);
				mine[r] = exists && (!finishedOnly || finished) ? set : null;
			}
			read.add(new DocumentSets(id, document.getText().length(), boilerplate(document), mine));
		}
		return read;
	}

	/** @return the document's boilerplate regions, sorted and merged where they overlap */
	static List<int[]> boilerplate(Document document) {
		List<int[]> regions = new ArrayList<>();
		document.getBoilerplate().stream().map(r -> new int[] { r.getBegin(), r.getEnd() })
				.sorted(Comparator.comparingInt(r -> r[0])).forEach(r -> {
					int[] last = regions.isEmpty() ? null : regions.get(regions.size() - 1);
					if (last != null && r[0] <= last[1]) {
						last[1] = Math.max(last[1], r[1]);
					} else {
						regions.add(r);
					}
				});
		return regions;
	}
}
