package org.sanad.store.h2.internal;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords as PBKDF2-HMAC-SHA256 hashes from the JDK, in one string
 * {@code pbkdf2-sha256$ITERATIONS$SALT$HASH} (salt and hash in Base64), so that the iteration
 * count can rise later without making old hashes unreadable.
 */
final class PasswordHash {

	/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about a third of a second here. */
	static final int ITERATIONS = 600_000;

	private static final String ALGORITHM = "pbkdf2-sha256";
	private static final int SALT_BYTES = 16;
	private static final int HASH_BITS = 256;
	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordHash() {
	}

	static String of(char[] password) {
		byte[] salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		Base64.Encoder base64 = Base64.getEncoder();
		return ALGORITHM + "$" + ITERATIONS + "$" + base64.encodeToString(salt) + "$"
				+ base64.encodeToString(derive(password, salt, ITERATIONS));
	}

	/** @return whether {@code password} hashes to {@code stored}; false for a malformed hash */
	static boolean matches(char[] password, String stored) {
		String[] parts = stored == null ? new String[0] : stored.split("\\$");
		if (parts.length != 4 || !parts[0].equals(ALGORITHM)) {
			return false;
		}
		Base64.Decoder base64 = Base64.getDecoder();
		byte[] expected = base64.decode(parts[3]);
		byte[] actual = derive(password, base64.decode(parts[2]), Integer.parseInt(parts[1]));
		return MessageDigest.isEqual(expected, actual); // time independent of where they differ
	}

	private static byte[] derive(char[] password, byte[] salt, int iterations) {
		PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
		try {
			return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("This Java has no PBKDF2WithHmacSHA256", e);
		} finally {
			spec.clearPassword();
		}
	}
}
