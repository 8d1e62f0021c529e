package org.sanad.model.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The checksum Sanad keeps for every text: SHA-256 of its UTF-8 bytes, lower-case hex. */
public final class TextChecksum {

	private TextChecksum() {
	}

	/** @return the checksum of {@code text} */
	public static String of(String text) {
		byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
		return ofUtf8(utf8, 0, utf8.length);
	}

	/**
	 * @return the checksum of the text these bytes encode, without decoding them: for an importer
	 *         that holds a file's bytes anyway. The bytes must be the text's UTF-8 (no byte-order mark).
	 * @since 0.2
	 */
	public static String ofUtf8(byte[] utf8, int offset, int length) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(utf8, offset, length);
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}
}
