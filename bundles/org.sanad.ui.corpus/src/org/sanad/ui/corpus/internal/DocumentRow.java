package org.sanad.ui.corpus.internal;

import org.sanad.model.Document;
import org.sanad.store.SetSummary;

/** A document in the explorer: its header (no text) and the current annotator's set in short. */
final class DocumentRow {

	final Document header;
	volatile SetSummary summary;

	DocumentRow(Document header, SetSummary summary) {
		this.header = header;
		this.summary = summary;
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
