package org.sanad.store;

import java.time.Instant;

/**
 * A person who may sign in to a Sanad server; annotation sets are owned by an account's id.
 *
 * @param id            the sign-in name, also the owner of the person's annotation sets
 * @param displayName   the name shown to others, or {@code null}
 * @param administrator whether the account administers the server (accounts, new projects)
 * @param disabled      whether signing in is refused
 * @param hasPassword   whether a password is set; an account without one cannot sign in
 * @param createdAt     when the account was added
 * @since 0.8
 */
public record Account(String id, String displayName, boolean administrator, boolean disabled, boolean hasPassword,
		Instant createdAt) {
}
