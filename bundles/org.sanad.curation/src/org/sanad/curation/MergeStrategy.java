package org.sanad.curation;

import java.util.Arrays;
import java.util.Locale;

/** Which of the annotators' annotations an automatic merge may take into the gold set. */
public enum MergeStrategy {
	/** A unit every annotator of the document annotated identically. */
	UNANIMOUS,
	/** A unit more than half of the document's annotators annotated identically. */
	MAJORITY;

	/** @return the name on the command line */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the strategy named {@code id} */
	public static MergeStrategy of(String id) {
		return Arrays.stream(values()).filter(s -> s.id().equals(id)).findFirst().orElseThrow(
				() -> new IllegalArgumentException("no strategy '" + id + "' (strategies: unanimous, majority)"));
	}

	/**
	 * @param agreeing   annotators who gave the same annotation
	 * @param annotators annotators who have a set for the document
	 * @return whether this strategy takes the annotation
	 */
	public boolean takes(int agreeing, int annotators) {
		return this == UNANIMOUS ? agreeing == annotators : 2 * agreeing > annotators;
	}
}
