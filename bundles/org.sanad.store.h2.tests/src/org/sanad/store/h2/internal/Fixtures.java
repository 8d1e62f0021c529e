package org.sanad.store.h2.internal;

import org.sanad.model.Credibility;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Reliability;
import org.sanad.model.SanadFactory;
import org.sanad.model.SourceAttribution;

/** Small builders for store tests. */
final class Fixtures {

	static final SanadFactory F = SanadFactory.eINSTANCE;

	private Fixtures() {
	}

	static Document document(String origin, String text) {
		Document d = F.createDocument();
		d.setOrigin(origin);
		d.setTitle(origin);
		d.setLanguage("ar");
		d.setText(text);
		return d;
	}

	static EntityMention entity(String id, int begin, int end, String label) {
		EntityMention m = F.createEntityMention();
		m.setId(id);
		m.setBegin(begin);
		m.setEnd(end);
		m.setLabel(label);
		return m;
	}

	static SourceAttribution source(String id, int begin, int end, Reliability r, Credibility c) {
		SourceAttribution s = F.createSourceAttribution();
		s.setId(id);
		s.setBegin(begin);
		s.setEnd(end);
		s.setKind("anonymous-official");
		s.setReliability(r);
		s.setCredibility(c);
		return s;
	}
}
