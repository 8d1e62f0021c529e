package org.sanad.store.h2.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * {@code IN (?, ?, …)} lists in chunks. Databases use an index for an IN list of parameters,
 * where {@code = ANY (?)} with an array made H2 scan the whole table.
 */
final class InList {

	/** Values per statement: far below every database's parameter limit. */
	static final int CHUNK = 500;

	private InList() {
	}

	/** @return {@code (?, ?, …)} with {@code size} placeholders */
	static String placeholders(int size) {
		return "(" + String.join(", ", Collections.nCopies(size, "?")) + ")";
	}

	/** @return the values in chunks of at most {@link #CHUNK} */
	static <T> List<List<T>> chunks(Collection<T> values) {
		List<T> all = new ArrayList<>(values);
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
		}
		return chunks;
	}
}
