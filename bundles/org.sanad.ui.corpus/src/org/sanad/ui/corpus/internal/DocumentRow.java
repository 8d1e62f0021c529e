package org.sanad.ui.corpus.internal;

import org.sanad.model.Document;
import org.sanad.curation.CurationStatus;
import org.sanad.store.SetSummary;

/** A document in the explorer: its header (no text), the current annotator's set in short, its curation status. */
final class DocumentRow {

	final Document header;
	volatile SetSummary summary;
	volatile CurationStatus curation;

	DocumentRow(Document header, SetSummary summary, CurationStatus curation) {
		this.header = header;
		this.summary = summary;
		this.curation = curation;
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
