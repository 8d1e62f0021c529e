package org.sanad.curation.internal;

import java.util.List;

import org.sanad.model.Annotation;
import org.sanad.model.Credibility;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Project;
import org.sanad.model.Reliability;
import org.sanad.model.SanadFactory;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.ids.TimeOrderedIds;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.AnnotationChange;
import org.sanad.store.CorpusStore;

/** A document three annotators annotated through the store API, as curation tests need it. */
final class Team {

	static final SanadFactory F = SanadFactory.eINSTANCE;
	static final String TEXT = "قال المتحدث باسم البنتاغون باتريك رايدر إن القوات باقية في عين الأسد.\n"
			+ "وأضاف مسؤول عراقي أن بغداد لم تقرر بعد.\n";

	final CorpusStore store;
	final Project project;
	final Document document;

	Team(CorpusStore store) {
		this.store = store;
		this.project = store.createProject("team", "", DefaultSchema.create());
		Document d = F.createDocument();
		d.setTitle("raid");
		d.setOrigin("raid.txt");
		d.setText(TEXT);
		store.addDocuments(project.getId(), List.of(d));
		this.document = d;
	}

	static String entityKey(String covered) {
		int at = TEXT.indexOf(covered);
		return "entity:" + at + "-" + (at + covered.length());
	}

	static EntityMention entity(String covered, String label) {
		EntityMention m = F.createEntityMention();
		m.setId(TimeOrderedIds.next());
		m.setBegin(TEXT.indexOf(covered));
		m.setEnd(TEXT.indexOf(covered) + covered.length());
		m.setLabel(label);
		return m;
	}

	static SourceAttribution source(String covered, Reliability r, Credibility c) {
		SourceAttribution s = F.createSourceAttribution();
		s.setId(TimeOrderedIds.next());
		s.setBegin(TEXT.indexOf(covered));
		s.setEnd(TEXT.indexOf(covered) + covered.length());
		s.setReliability(r);
		s.setCredibility(c);
		s.setKind("named-official");
		return s;
	}

	static Stance stance(String target, Polarity polarity, EntityMention holder) {
		Stance s = F.createStance();
		s.setId(TimeOrderedIds.next());
		s.setTarget(target);
		s.setPolarity(polarity);
		s.setHolder(holder);
		return s;
	}

	void annotate(String owner, Annotation... annotations) {
		store.apply(new AnnotationChange(document.getId(), owner, owner, 0, List.of(annotations), List.of(), List.of(),
				null));
	}

	/**
	 * ann, bob and cat: all three say PER for Ryder; ORG, ORG, FAC for the Pentagon; only ann marks
	 * Baghdad; sources rated B2, B2, C3; stance FAVOR (held by Ryder), FAVOR, AGAINST.
	 */
	Team annotated() {
		for (String who : List.of("ann", "bob", "cat")) {
			EntityMention ryder = entity("باتريك رايدر", "PER");
			EntityMention pentagon = entity("البنتاغون", who.equals("cat") ? "FAC" : "ORG");
			Annotation source = who.equals("cat") ? source("المتحدث باسم البنتاغون", Reliability.C, Credibility.POSSIBLY_TRUE)
					: source("المتحدث باسم البنتاغون", Reliability.B, Credibility.PROBABLY_TRUE);
			Stance stance = stance("us-presence-iraq", who.equals("cat") ? Polarity.AGAINST : Polarity.FAVOR, ryder);
			if (who.equals("ann")) {
				annotate(who, ryder, pentagon, source, stance, entity("بغداد", "GPE"));
			} else {
				annotate(who, ryder, pentagon, source, stance);
			}
		}
		return this;
	}
}
