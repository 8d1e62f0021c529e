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

	/**
	 * Values per statement when each value selects many rows. H2 checks every row an index gives
	 * against the list again, one value after the other: with 250 sets of ~45 annotations each that
	 * check was a sixth of an export's reading thread.
	 */
	static final int SMALL_CHUNK = 32;

	/** @return the values in chunks of at most {@link #CHUNK} */
	static <T> List<List<T>> chunks(Collection<T> values) {
		return chunks(values, CHUNK);
	}

	/** @return the values in chunks of at most {@code size} */
	static <T> List<List<T>> chunks(Collection<T> values, int size) {
		List<T> all = new ArrayList<>(values);
		List<List<T>> chunks = new ArrayList<>();
		for (int i = 0; i < all.size(); i += size) {
			chunks.add(all.subList(i, Math.min(all.size(), i + size)));
		}
		return chunks;
	}
}
