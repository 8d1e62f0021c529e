package org.example.sanad.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;
import org.sanad.model.EntityMention;
import org.sanad.store.AccessDeniedException;
import org.sanad.store.CorpusStore;

/**
 * The surface forms curators labelled in a project's gold set, each with its label: what the
 * gold set says once is proposed everywhere else. Read page by page and kept for a minute per
 * project, so that opening documents one after another reads the gold set once.
 */
final class GoldForms {

	private static final long KEEP_MILLIS = 60_000;
	private static final int PAGE = 200;

	private record Kept(long at, List<Gazetteer.Entry> entries) {
	}

	private final Map<String, Kept> byProject = new ConcurrentHashMap<>();

	/**
	 * @return the gold set's forms, or none when the user may not read the gold set (an annotator
	 *         in a blind project on a team server)
	 */
	List<Gazetteer.Entry> of(CorpusStore store, String projectId) {
		Kept kept = byProject.get(projectId);
		if (kept != null && System.currentTimeMillis() - kept.at() < KEEP_MILLIS) {
			return kept.entries();
		}
		List<Gazetteer.Entry> entries;
		try {
			entries = read(store, projectId);
		} catch (AccessDeniedException e) {
			entries = List.of();
		}
		byProject.put(projectId, new Kept(System.currentTimeMillis(), entries));
		return entries;
	}

	private static List<Gazetteer.Entry> read(CorpusStore store, String projectId) {
		Map<String, Gazetteer.Entry> forms = new LinkedHashMap<>(); // one entry per form and label
		List<String> ids = store.documentIds(projectId);
		for (int from = 0; from < ids.size(); from += PAGE) {
			List<String> page = ids.subList(from, Math.min(ids.size(), from + PAGE));
			Map<String, AnnotationSet> gold = store.annotationSets(page, null);
			Map<String, String> texts = store.texts(page);
			for (Map.Entry<String, AnnotationSet> set : gold.entrySet()) {
				String text = texts.get(set.getKey());
				if (set.getValue() == null || text == null) {
					continue;
				}
				for (Annotation a : set.getValue().getAnnotations()) {
					if (a instanceof EntityMention m && m.getLabel() != null && m.getEnd() <= text.length()) {
						String form = text.substring(m.getBegin(), m.getEnd());
						forms.putIfAbsent(form + "\t" + m.getLabel(),
								new Gazetteer.Entry(form, m.getLabel(), "labelled so in the gold set"));
					}
				}
			}
		}
		return new ArrayList<>(forms.values());
	}
}
