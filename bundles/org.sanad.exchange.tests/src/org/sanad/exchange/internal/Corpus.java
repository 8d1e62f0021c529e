package org.sanad.exchange.internal;

import java.util.ArrayList;
import java.util.List;

import org.sanad.model.Annotation;
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.Credibility;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Project;
import org.sanad.model.Reliability;
import org.sanad.model.SanadFactory;
import org.sanad.model.Source;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.TextSpan;
import org.sanad.store.AnnotationChange;
import org.sanad.store.CorpusStore;

/** Texts that break offsets, annotated on every layer through the store API, as tests need them. */
final class Corpus {

	static final SanadFactory F = SanadFactory.eINSTANCE;

	/** Emoji (two UTF-16 units each), a ZWJ family, harakat, tatweel, Latin and digits inside Arabic, CRLF. */
	static final String TRICKY = "Connect with us\r\n"
			+ "قالَ المتحدثُ باسم البنتاغـــون 😀 باتريك رايدر إن 2,500 جندي 👨‍👩‍👧 باقون في عين الأسد.\r\n"
			+ "وأضاف مسؤول أمريكي طلب عدم الكشف عن هويته أن القوات ستبقى؟\r\n";

	private Corpus() {
	}

	static Document document(String title, String text) {
		Document d = F.createDocument();
		d.setTitle(title);
		d.setOrigin(title + ".txt");
		d.setLanguage("ar");
		d.setText(text);
		return d;
	}

	static BoilerplateRegion boilerplate(int begin, int end) {
		BoilerplateRegion r = F.createBoilerplateRegion();
		r.setBegin(begin);
		r.setEnd(end);
		r.setRule("phrase");
		return r;
	}

	static EntityMention entity(String text, String covered, int nth, String label) {
		int at = find(text, covered, nth);
		EntityMention m = F.createEntityMention();
		m.setId(ids.next());
		m.setBegin(at);
		m.setEnd(at + covered.length());
		m.setLabel(label);
		return m;
	}

	static SourceAttribution source(String text, String covered, Reliability r, Credibility c, String kind,
			String registryId, String claim) {
		int at = find(text, covered, 0);
		SourceAttribution s = F.createSourceAttribution();
		s.setId(ids.next());
		s.setBegin(at);
		s.setEnd(at + covered.length());
		s.setReliability(r);
		s.setCredibility(c);
		s.setKind(kind);
		s.setSourceId(registryId);
		if (claim != null) {
			s.getClaims().add(span(text, claim));
		}
		return s;
	}

	static Stance stance(String target, Polarity polarity, EntityMention holder, TextSpan evidence) {
		Stance s = F.createStance();
		s.setId(ids.next());
		s.setTarget(target);
		s.setPolarity(polarity);
		s.setHolder(holder);
		s.setEvidence(evidence);
		return s;
	}

	static TextSpan span(String text, String covered) {
		int at = find(text, covered, 0);
		TextSpan span = F.createTextSpan();
		span.setBegin(at);
		span.setEnd(at + covered.length());
		return span;
	}

	private static int find(String text, String covered, int nth) {
		int at = text.indexOf(covered);
		for (int i = 0; i < nth; i++) {
			at = text.indexOf(covered, at + 1);
		}
		if (at < 0) {
			throw new IllegalArgumentException("'" + covered + "' is not in the text");
		}
		return at;
	}

	/** Ids that sort in creation order, like the store's. */
	private static final java.util.Iterator<String> ids = new java.util.Iterator<>() {
		private int next;

		@Override
		public boolean hasNext() {
			return true;
		}

		@Override
		public String next() {
			return String.format("a%06d", next++);
		}
	};

	/**
	 * Builds a project with the tricky text (boilerplate on its first line) and a plain one,
	 * annotated by "ann" and "bob" and in gold.
	 *
	 * @return the project, reloaded so that it carries its source registry
	 */
	static Project annotated(CorpusStore store, String name) {
		Project project = store.createProject(name, "Offsets that break", org.sanad.model.schema.DefaultSchema.create());
		Document tricky = document("tricky", TRICKY);
		tricky.getBoilerplate().add(boilerplate(0, 15));
		Document plain = document("plain", "أعلنت وزارة الدفاع العراقية في بغداد انتهاء المهمة.\n");
		store.addDocuments(project.getId(), List.of(tricky, plain));
		Source pentagon = store.registerSource(project.getId(), "Pentagon", "institution");
		for (String owner : new String[] { null, "ann", "bob" }) {
			List<Annotation> annotations = new ArrayList<>();
			EntityMention ryder = entity(TRICKY, "باتريك رايدر", 0, "PER");
			annotations.add(ryder);
			annotations.add(entity(TRICKY, "رايدر", 0, "PER")); // nested: CoNLL drops it
			annotations.add(entity(TRICKY, "البنتاغـــون", 0, "bob".equals(owner) ? "FAC" : "ORG"));
			annotations.add(entity(TRICKY, "2,500 جندي", 0, "QUANTITY"));
			annotations.add(entity(TRICKY, "عين الأسد", 0, "FAC"));
			annotations.add(entity(TRICKY, "with", 0, "ORG")); // inside boilerplate: left out by default
			annotations.add(source(TRICKY, "المتحدثُ باسم البنتاغـــون 😀 باتريك رايدر", Reliability.B,
					Credibility.PROBABLY_TRUE, "named-official", pentagon.getId(), "2,500 جندي 👨‍👩‍👧 باقون في عين الأسد"));
			annotations.add(source(TRICKY, "مسؤول أمريكي طلب عدم الكشف عن هويته", Reliability.F,
					Credibility.UNRATED, "anonymous-official", null, null));
			annotations.add(stance("us-presence-iraq", Polarity.FAVOR, ryder, null));
			annotations.add(stance("coalition-mission-end", Polarity.AGAINST, ryder, span(TRICKY, "القوات ستبقى")));
			store.apply(new AnnotationChange(tricky.getId(), owner, owner == null ? "curator" : owner, 0, annotations,
					List.of(), List.of(), null));
			if (!"bob".equals(owner)) {
				store.apply(AnnotationChange.create(plain.getId(), owner, owner == null ? "curator" : owner, 0,
						entity(plain.getText(), "وزارة الدفاع العراقية", 0, "ORG"),
						entity(plain.getText(), "بغداد", 0, "GPE")));
			}
		}
		return store.project(project.getId()).orElseThrow();
	}
}
