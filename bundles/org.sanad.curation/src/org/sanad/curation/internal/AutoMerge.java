package org.sanad.curation.internal;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.sanad.curation.Curation;
import org.sanad.curation.CurationDocument;
import org.sanad.curation.CurationStatus;
import org.sanad.curation.MergeReport;
import org.sanad.curation.MergeStrategy;
import org.sanad.model.AnnotationSet;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.store.CorpusStore;
import org.sanad.store.SetSummary;

/** The curation service: reads a page of documents with every annotator's sets, merges each document. */
@Component(service = Curation.class)
public final class AutoMerge implements Curation {

	static final int PAGE = 100;

	@Override
	public MergeReport merge(CorpusStore store, String projectId, MergeStrategy strategy, int minAnnotators,
			String curator, IProgressMonitor monitor) {
		if (minAnnotators < 1) {
			throw new IllegalArgumentException("--min-annotators must be 1 or more, not " + minAnnotators);
		}
		Project project = store.project(projectId)
				.orElseThrow(() -> new IllegalArgumentException("no project '" + projectId + "'"));
		List<String> annotators = store.annotators(project.getId());
		List<String> ids = store.documentIds(project.getId());
		SubMonitor progress = SubMonitor.convert(monitor, "Merging " + project.getName() + " by " + strategy.id(),
				ids.size());
		Tally tally = new Tally();
		for (int from = 0; from < ids.size(); from += PAGE) {
			List<String> page = ids.subList(from, Math.min(ids.size(), from + PAGE));
			Map<String, Map<String, AnnotationSet>> byDocument = new LinkedHashMap<>();
			page.forEach(id -> byDocument.put(id, new LinkedHashMap<>()));
			for (String annotator : annotators) {
				store.annotationSets(page, annotator).forEach((id, set) -> {
					if (set.getId() != null) {
						byDocument.get(id).put(annotator, set);
					}
				});
			}
			Map<String, Document> documents = store.documents(page);
			for (String id : page) {
				if (progress.isCanceled()) {
					throw new OperationCanceledException();
				}
				Map<String, AnnotationSet> sets = byDocument.get(id);
				if (sets.size() >= minAnnotators && documents.containsKey(id)) {
					tally.add(CurationDocument.of(store, documents.get(id), sets).merge(strategy, curator));
				}
				progress.worked(1);
			}
		}
		return tally.report();
	}

	@Override
	public Map<String, CurationStatus> statuses(CorpusStore store, Collection<String> documentIds) {
		Map<String, CurationStatus> statuses = new LinkedHashMap<>();
		Map<String, SetSummary> gold = store.setSummaries(null, documentIds);
		for (String id : documentIds) {
			SetSummary summary = gold.get(id);
			statuses.put(id, CurationStatus.of(summary == null ? null : summary.status()));
		}
		return statuses;
	}

	/** Counts across documents. */
	static final class Tally {
		int documents;
		final Map<String, Integer> merged = new LinkedHashMap<>();
		final Map<String, Integer> left = new LinkedHashMap<>();
		int kept;
		int finished;

		void add(MergeReport one) {
			documents += one.documents();
			one.merged().forEach((layer, n) -> merged.merge(layer, n, Integer::sum));
			one.left().forEach((layer, n) -> left.merge(layer, n, Integer::sum));
			kept += one.kept();
			finished += one.finished();
		}

		MergeReport report() {
			return new MergeReport(documents, merged, left, kept, finished);
		}
	}
}
