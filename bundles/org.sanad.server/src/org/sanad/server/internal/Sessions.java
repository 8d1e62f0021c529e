package org.sanad.server.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signed-in sessions, in memory: a random token per sign-in that expires after a time without
 * use. A restart of the server signs everyone out; clients sign in again.
 */
final class Sessions {

	/** A session: its caller and when it expires unless used. */
	record Session(String token, Caller caller, Instant expiresAt) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, Session> sessions = new ConcurrentHashMap<>();
	private final Duration lifetime;
	private final Clock clock;

	Sessions(Duration lifetime, Clock clock) {
		this.lifetime = lifetime;
		this.clock = clock;
	}

	Session open(Caller caller) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		Session session = new Session(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), caller,
				clock.instant().plus(lifetime));
		sessions.put(session.token(), session);
		return session;
	}

	/** @return the session of a token that has not expired, its expiry moved on */
	Optional<Session> use(String token) {
		if (token == null) {
			return Optional.empty();
		}
		Instant now = clock.instant();
		Session session = sessions.computeIfPresent(token,
				(t, s) -> s.expiresAt().isAfter(now) ? new Session(t, s.caller(), now.plus(lifetime)) : null);
		return Optional.ofNullable(session);
	}

	void close(String token) {
		if (token != null) {
			sessions.remove(token);
		}
	}

	/** Ends every session of an account (disabled, or its password changed elsewhere). */
	void closeAll(String user) {
		sessions.values().removeIf(s -> s.caller().user().equals(user));
	}
}
