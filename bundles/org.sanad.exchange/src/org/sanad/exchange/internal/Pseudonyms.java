package org.sanad.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable pseudonyms for annotators: {@code annotator-} and eight hex digits of SHA-256 of the
 * project's id and the name, the same in every export of the project. They hide names from a
 * reader of the dataset, not from someone who can guess the names and knows the project's id.
 */
final class Pseudonyms {

	private final String projectId;
	private final boolean enabled;

	Pseudonyms(String projectId, boolean enabled) {
		this.projectId = projectId;
		this.enabled = enabled;
	}

	/** @return the name as the export writes it */
	String of(String annotator) {
		if (!enabled || annotator == null) {
			return annotator;
		}
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
					.digest((projectId + "\u0000" + annotator).getBytes(StandardCharsets.UTF_8));
			return "annotator-" + HexFormat.of().formatHex(hash, 0, 4);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
