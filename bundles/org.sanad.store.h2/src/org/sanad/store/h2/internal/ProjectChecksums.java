package org.sanad.store.h2.internal;

import java.util.function.ToLongFunction;

/**
 * The checksums of one project's stored texts, in memory: 16 bytes a document (a 64-bit key of the
 * checksum and the document's place in the project). A key only says where a duplicate may be;
 * {@link Checksums} confirms every match against the stored row, so two checksums that share a
 * key cost a query, never a wrong answer.
 */
final class ProjectChecksums {

	/** Marks a free slot; no key is this. */
	private static final long FREE = 0;

	private final ToLongFunction<String> keyOf;
	private long[] keys = new long[1024];
	private long[] places = new long[1024];
	private int size;
	/** Documents at this place or later are not in here yet. */
	private long next = Long.MIN_VALUE;

	/** @param keyOf the 64-bit key of a checksum; tests give one that makes checksums share keys */
	ProjectChecksums(ToLongFunction<String> keyOf) {
		this.keyOf = keyOf;
	}

	/** @return the first place in the project that may hold a document not in here yet */
	synchronized long next() {
		return next;
	}

	/** Notes that every document before {@code place} is in here. */
	synchronized void coveredUpTo(long place) {
		next = Math.max(next, place);
	}

	/** Remembers a stored document. Of two with the same key the first stays; look-ups confirm. */
	synchronized void add(String checksum, long place) {
		if ((size + 1) * 2 > keys.length) {
			grow();
		}
		long key = keyOf(checksum);
		for (int slot = slot(key);; slot = (slot + 1) & (keys.length - 1)) {
			if (keys[slot] == FREE) {
				keys[slot] = key;
				places[slot] = place;
				size++;
				return;
			}
			if (keys[slot] == key) {
				return;
			}
		}
	}

	/** @return where a document with this checksum may be, or {@link Long#MIN_VALUE} if nowhere */
	synchronized long placeOf(String checksum) {
		long key = keyOf(checksum);
		for (int slot = slot(key);; slot = (slot + 1) & (keys.length - 1)) {
			if (keys[slot] == FREE) {
				return Long.MIN_VALUE;
			}
			if (keys[slot] == key) {
				return places[slot];
			}
		}
	}

	synchronized int size() {
		return size;
	}

	private void grow() {
		long[] oldKeys = keys;
		long[] oldPlaces = places;
		keys = new long[oldKeys.length * 2];
		places = new long[oldKeys.length * 2];
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != FREE) {
				int slot = slot(oldKeys[i]);
				while (keys[slot] != FREE) {
					slot = (slot + 1) & (keys.length - 1);
				}
				keys[slot] = oldKeys[i];
				places[slot] = oldPlaces[i];
			}
		}
	}

	private int slot(long key) {
		long mixed = key * 0x9E3779B97F4A7C15L;
		return (int) (mixed >>> 32) & (keys.length - 1);
	}

	private long keyOf(String checksum) {
		long key = keyOf.applyAsLong(checksum);
		return key == FREE ? 1 : key;
	}

	/** FNV-1a over the checksum's characters: any string works, a hex digest spreads well. */
	static long key(String checksum) {
		long hash = 0xcbf29ce484222325L;
		for (int i = 0; i < checksum.length(); i++) {
			hash = (hash ^ checksum.charAt(i)) * 0x100000001b3L;
		}
		return hash;
	}
}
