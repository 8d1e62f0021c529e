package org.sanad.ui.corpus.internal;

import org.sanad.model.Document;
import org.sanad.curation.CurationStatus;
import org.sanad.store.SetSummary;

/** A document in the explorer: its header (no text), the current annotator's set in short, its curation status. */
final class DocumentRow {

	final Document header;
	volatile SetSummary summary;
	volatile CurationStatus curation;
	/** The document's assignments (on a server: all of them for a curator, one's own for an annotator). */
	volatile java.util.List<org.sanad.store.Assignment> assignments = java.util.List.of();

	DocumentRow(Document header, SetSummary summary, CurationStatus curation) {
		this.header = header;
		this.summary = summary;
		this.curation = curation;
	}

	/** @return the status to show for {@code who}: their assignment's when it is locked, else their set's */
	String status(String who) {
		return assignments.stream().filter(a -> a.user().equals(who) && a.status() == org.sanad.store.WorkStatus.LOCKED)
				.findFirst().map(a -> "locked").orElse(summary.status().getLiteral());
	}

	/** @return who the document is assigned to and where each stands, for example {@code amal: finished · badr: new} */
	String team() {
		return String.join(" · ", assignments.stream().map(a -> a.user() + ": " + a.status().label()).toList());
	}

	String title() {
		String title = header.getTitle();
		return title == null || title.isBlank() ? header.getOrigin() : title;
	}

	boolean matches(String filter) {
		String f = filter.toLowerCase(java.util.Locale.ROOT);
		return title().toLowerCase(java.util.Locale.ROOT).contains(f)
				|| (header.getOrigin() != null && header.getOrigin().toLowerCase(java.util.Locale.ROOT).contains(f));
	}
}
