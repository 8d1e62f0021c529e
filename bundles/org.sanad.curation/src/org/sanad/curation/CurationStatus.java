package org.sanad.curation;

import org.sanad.model.SetStatus;

/** Where a document stands in curation, read from its gold set's status. */
public enum CurationStatus {
	/** No gold set yet. */
	NEEDS_CURATION("needs curation"),
	/** A gold set is being built (by a curator or an automatic merge). */
	IN_CURATION("in curation"),
	/** The curator marked the gold set done. */
	CURATED("curated");

	private final String label;

	CurationStatus(String label) {
		this.label = label;
	}

	/** @return the words the explorer and the CLI show */
	public String label() {
		return label;
	}

	/** @return the curation status of a gold set with {@code gold} status ({@code NEW} when there is none) */
	public static CurationStatus of(SetStatus gold) {
		return switch (gold == null ? SetStatus.NEW : gold) {
		case NEW -> NEEDS_CURATION;
		case CURATED -> CURATED;
		default -> IN_CURATION;
		};
	}
}
