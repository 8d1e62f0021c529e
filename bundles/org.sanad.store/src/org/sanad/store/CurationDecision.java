package org.sanad.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A curator's decision on one unit of a document's gold set, kept beside the gold annotations so
 * that an automatic merge never overrides it and an annotator can read why the gold differs.
 *
 * @param unit      the unit decided on, as {@code org.sanad.curation} names it (for example
 *                  {@code entity:10-22})
 * @param action    what the curator did
 * @param annotator whose annotation was taken, or {@code null}
 * @param reason    the curator's reason, or {@code null}
 * @param curator   who decided
 * @param at        when; {@code null} on the way in (the store stamps it)
 * @since 0.6
 */
public record CurationDecision(String unit, Action action, String annotator, String reason, String curator,
		Instant at) {

	/** What a curator can do with a unit. */
	public enum Action {
		/** One annotator's annotation became the gold one. */
		ACCEPT,
		/** The unit is not in the gold set. */
		REJECT,
		/** The curator annotated the unit anew. */
		ANNOTATE,
		/** An automatic merge took the annotators' agreed annotation. */
		MERGE
	}

	public CurationDecision {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(curator, "curator");
		if (reason != null && reason.isBlank()) {
			reason = null;
		}
	}
}
