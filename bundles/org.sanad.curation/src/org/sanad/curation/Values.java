package org.sanad.curation;

import java.util.stream.Collectors;

import org.sanad.model.Annotation;
import org.sanad.model.EntityMention;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;

/**
 * What an annotation says, apart from where it is and who made it: two annotators agree on a unit
 * when their annotations say the same. Also the short text the curation editor shows for it.
 */
public final class Values {

	private Values() {
	}

	/** @return a short description: the label, the source's kind and rating, the stance's polarity and holder */
	public static String describe(Annotation annotation) {
		if (annotation instanceof EntityMention m) {
			return m.getLabel();
		}
		if (annotation instanceof SourceAttribution s) {
			String rating = (s.getReliability() == null ? "-" : s.getReliability().getLiteral())
					+ (s.getCredibility() == null ? "-" : s.getCredibility().getLiteral());
			return (s.getKind() == null ? "source" : s.getKind()) + " " + rating;
		}
		if (annotation instanceof Stance s) {
			String polarity = s.isSetPolarity() && s.getPolarity() != null ? s.getPolarity().getLiteral() : "no polarity";
			return polarity + (s.getHolder() == null ? ""
					: ", held by " + s.getHolder().getBegin() + "-" + s.getHolder().getEnd());
		}
		return annotation.eClass().getName();
	}

	/** @return a key equal for annotations that say the same (sources: also registry entry and claims) */
	public static String of(Annotation annotation) {
		if (annotation instanceof SourceAttribution s) {
			return describe(s) + "|" + s.getSourceId() + "|" + s.getClaims().stream()
					.map(c -> c.getBegin() + "-" + c.getEnd()).collect(Collectors.joining(","));
		}
		return describe(annotation);
	}
}
