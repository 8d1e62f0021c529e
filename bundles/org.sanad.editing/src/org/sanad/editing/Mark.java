package org.sanad.editing;

import java.util.ArrayList;
import java.util.List;

import org.sanad.editing.text.Spanned;
import org.sanad.model.Annotation;
import org.sanad.model.EntityMention;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.TextSpan;

/**
 * A range of the text that an annotation covers, as an editor draws it: an entity, a source span,
 * a claim of a source, or the evidence of a stance. A document-level stance has no mark.
 */
public record Mark(Annotation annotation, Kind kind, int begin, int end) implements Spanned {

	/** What a mark stands for. */
	public enum Kind {
		ENTITY, SOURCE, CLAIM, STANCE
	}

	/** @return the marks of one annotation */
	public static List<Mark> of(Annotation annotation) {
		List<Mark> marks = new ArrayList<>(1);
		if (annotation instanceof EntityMention m) {
			marks.add(new Mark(m, Kind.ENTITY, m.getBegin(), m.getEnd()));
		} else if (annotation instanceof SourceAttribution s) {
			marks.add(new Mark(s, Kind.SOURCE, s.getBegin(), s.getEnd()));
			for (TextSpan claim : s.getClaims()) {
				marks.add(new Mark(s, Kind.CLAIM, claim.getBegin(), claim.getEnd()));
			}
		} else if (annotation instanceof Stance st && st.getEvidence() != null) {
			marks.add(new Mark(st, Kind.STANCE, st.getEvidence().getBegin(), st.getEvidence().getEnd()));
		}
		return marks;
	}

	// Records compare by value; the index needs each mark to stay one object.
	@Override
	public boolean equals(Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}
}
