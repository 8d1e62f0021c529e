package org.sanad.model.ids;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUIDs of version 7 (RFC 9562): a millisecond time stamp, then random bits. They are unique like
 * random UUIDs but ordered by creation time, so a database inserts them near each other in its
 * indexes instead of all over them.
 */
public final class TimeOrderedIds {

	private static final SecureRandom RANDOM = new SecureRandom();
	private static long lastMillis;
	private static long sequence;

	private TimeOrderedIds() {
	}

	/** @return a new id, for example {@code 019ab3c2-5f10-7a3e-9d41-6c2b0e7f1a88} */
	public static String next() {
		return nextUuid().toString();
	}

	/** @return a new version 7 UUID; ids made in the same millisecond still ascend */
	public static synchronized UUID nextUuid() {
		long millis = System.currentTimeMillis();
		if (millis > lastMillis) {
			lastMillis = millis;
			sequence = RANDOM.nextInt(1 << 11);
		} else {
			sequence++;
			if (sequence >= 1 << 12) { // 4,096 ids in one millisecond: borrow the next one
				lastMillis++;
				sequence = 0;
			}
		}
		long high = (lastMillis << 16) | 0x7000L | sequence;
		long low = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
		return new UUID(high, low);
	}
}
