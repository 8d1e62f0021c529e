package org.sanad.server.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing: after {@value #FREE} wrong passwords for an account, each further attempt
 * must wait twice as long as the one before (from {@code step}, at most {@link #MAXIMUM}), and is
 * refused unchecked until then. A right password clears the count. Kept per account rather than
 * per address, so that guessing from many addresses is slowed as much.
 */
final class LoginThrottle {

	static final int FREE = 3;
	static final Duration MAXIMUM = Duration.ofMinutes(5);

	private record Failures(int count, Instant last) {
	}

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();
	private final Duration step;
	private final Clock clock;

	LoginThrottle(Duration step, Clock clock) {
		this.step = step;
		this.clock = clock;
	}

	/** @return how long the account must wait before its password is checked again; zero if not */
	Duration wait(String user) {
		Failures f = failures.get(key(user));
		if (f == null || f.count() < FREE) {
			return Duration.ZERO;
		}
		Duration delay = step.multipliedBy(1L << Math.min(20, f.count() - FREE));
		if (delay.compareTo(MAXIMUM) > 0) {
			delay = MAXIMUM;
		}
		Duration left = Duration.between(clock.instant(), f.last().plus(delay));
		return left.isNegative() ? Duration.ZERO : left;
	}

	void failed(String user) {
		Instant now = clock.instant();
		if (failures.size() > 10_000) { // names made up by the thousand must not fill the memory
			failures.values().removeIf(f -> f.last().plus(MAXIMUM).isBefore(now));
		}
		failures.merge(key(user), new Failures(1, now), (a, b) -> new Failures(a.count() + 1, now));
	}

	void succeeded(String user) {
		failures.remove(key(user));
	}

	private static String key(String user) {
		return user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
	}
}
