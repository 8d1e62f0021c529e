package org.sanad.exchange.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The digest of the card's checksums. */
final class Sha256 {

	private Sha256() {
	}

	/** @return a new SHA-256 digest */
	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
