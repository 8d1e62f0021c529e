package org.sanad.store.h2.internal;

import java.util.Date;

import org.sanad.model.Document;
import org.sanad.model.ids.TimeOrderedIds;
import org.sanad.model.text.TextChecksum;
import org.sanad.model.text.Utf8Text;

/**
 * A document about to be inserted, with what the store fills in where the caller left it out
 * (id, checksum, import time) and its text's UTF-8. The caller's object itself only gets its id,
 * once the insert is committed: no copy of it is made, and a failed insert leaves it as it was.
 */
record NewDocument(Document source, String id, String checksum, Date importedAt, String metadata, Utf8Text utf8) {

	/** @throws IllegalArgumentException when the text has half of a surrogate pair (no UTF-8 for it) */
	static NewDocument of(Document document, Date now) {
		Utf8Text utf8 = Utf8Text.of(document);
		return new NewDocument(document, document.getId() != null ? document.getId() : TimeOrderedIds.next(),
				document.getChecksum() != null ? document.getChecksum() : TextChecksum.of(document.getText()),
				document.getImportedAt() != null ? document.getImportedAt() : now,
				document.getMetadata().isEmpty() ? null : JsonObjects.of(document.getMetadata().map()), utf8);
	}

	String origin() {
		return source.getOrigin();
	}
}
