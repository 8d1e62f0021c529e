package org.sanad.ui.editor.internal;

import org.sanad.model.Annotation;
import org.sanad.model.EntityMention;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.TextSpan;

/** Short texts for annotations in lists: the label or rating, then the covered words. */
final class Describe {

	private static final int MAX = 48;

	private Describe() {
	}

	static String of(Annotation annotation, String text) {
		if (annotation instanceof EntityMention m) {
			return m.getLabel() + " · " + covered(text, m);
		}
		if (annotation instanceof SourceAttribution s) {
			return "Source " + s.getReliability().getLiteral() + s.getCredibility().getLiteral() + " · " + covered(text, s);
		}
		if (annotation instanceof Stance st) {
			String polarity = st.isSetPolarity() ? st.getPolarity().getLiteral() : "?";
			String where = st.getEvidence() == null ? "(document)" : covered(text, st.getEvidence());
			return polarity + " " + (st.getTarget() == null ? "(no target)" : st.getTarget()) + " · " + where;
		}
		return annotation.eClass().getName();
	}

	static String covered(String text, TextSpan span) {
		if (text == null || span.getBegin() < 0 || span.getEnd() > text.length() || span.getBegin() >= span.getEnd()) {
			return "[" + span.getBegin() + "–" + span.getEnd() + "]";
		}
		String words = text.substring(span.getBegin(), span.getEnd()).replaceAll("\\s+", " ");
		return words.length() <= MAX ? words : words.substring(0, MAX) + "…";
	}
}
