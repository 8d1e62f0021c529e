package org.sanad.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sanad.model.Annotation;
import org.sanad.model.Credibility;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Project;
import org.sanad.model.Reliability;
import org.sanad.model.SanadFactory;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.ids.TimeOrderedIds;
import org.sanad.store.AnnotationChange;
import org.sanad.store.CorpusStore;

/**
 * Annotates part of a benchmark corpus, deterministically: entities on known words, a rated source
 * and a document stance per document, in the sets of the annotator "bench" and of gold.
 */
final class BenchAnnotations {

	private static final Map<String, String> WORDS = Map.of("العراق", "GPE", "بغداد", "GPE", "واشنطن", "GPE",
			"البنتاغون", "ORG", "داعش", "ORG", "التحالف", "ORG", "السوداني", "PER", "بايدن", "PER");
	private static final Reliability[] GRADES = { Reliability.A, Reliability.B, Reliability.C, Reliability.D,
			Reliability.E, Reliability.F };
	private static final Credibility[] CREDIBILITY = { Credibility.CONFIRMED, Credibility.PROBABLY_TRUE,
			Credibility.POSSIBLY_TRUE, Credibility.DOUBTFUL, Credibility.IMPROBABLE, Credibility.CANNOT_BE_JUDGED };
	private static final Polarity[] POLARITY = { Polarity.FAVOR, Polarity.AGAINST, Polarity.NEUTRAL };

	private BenchAnnotations() {
	}

	/**
	 * Annotates documents [0, perOwner) for "bench" and [perOwner, 2 × perOwner) for gold, unless
	 * that was done by an earlier run.
	 *
	 * @return how many annotations were added
	 */
	static long annotate(CorpusStore store, Project project, int perOwner) {
		List<org.sanad.model.Document> first = store.documents(project.getId(), 0, 1);
		if (first.isEmpty() || !store.annotationSet(first.get(0).getId(), "bench").getAnnotations().isEmpty()) {
			return 0;
		}
		long added = 0;
		for (int offset = 0; offset < 2 * perOwner; offset += 500) {
			List<org.sanad.model.Document> page = store.documents(project.getId(), offset, Math.min(500, 2 * perOwner - offset));
			Map<String, String> texts = store.texts(page.stream().map(org.sanad.model.Document::getId).toList());
			for (int i = 0; i < page.size(); i++) {
				int n = offset + i;
				String owner = n < perOwner ? "bench" : null;
				String id = page.get(i).getId();
				List<Annotation> annotations = annotations(texts.get(id), n);
				store.apply(new AnnotationChange(id, owner, owner == null ? "curator" : owner, 0, annotations, List.of(),
						List.of(), null));
				added += annotations.size();
			}
		}
		return added;
	}

	private static List<Annotation> annotations(String text, int n) {
		List<Annotation> out = new ArrayList<>();
		WORDS.forEach((word, label) -> {
			int at = text.indexOf(word);
			if (at >= 0) {
				EntityMention m = SanadFactory.eINSTANCE.createEntityMention();
				init(m);
				m.setBegin(at);
				m.setEnd(at + word.length());
				m.setLabel(label);
				out.add(m);
			}
		});
		SourceAttribution s = SanadFactory.eINSTANCE.createSourceAttribution();
		init(s);
		s.setBegin(0);
		s.setEnd(Math.min(12, text.length()));
		s.setKind("named-official");
		s.setReliability(GRADES[n % GRADES.length]);
		s.setCredibility(CREDIBILITY[n % CREDIBILITY.length]);
		out.add(s);
		Stance stance = SanadFactory.eINSTANCE.createStance();
		init(stance);
		stance.setTarget("us-presence-iraq");
		stance.setPolarity(POLARITY[n % POLARITY.length]);
		out.add(stance);
		return out;
	}

	private static void init(Annotation a) {
		a.setId(TimeOrderedIds.next());
		a.setCreatedBy("bench");
		a.setCreatedAt(new java.util.Date());
	}
}
