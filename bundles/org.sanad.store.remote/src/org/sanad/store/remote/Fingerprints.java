package org.sanad.store.remote;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;

/** SHA-256 fingerprints of certificates as the server prints them: lowercase hex pairs with colons. */
public final class Fingerprints {

	private Fingerprints() {
	}

	/** @return the certificate's SHA-256 fingerprint */
	public static String of(X509Certificate certificate) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			return HexFormat.ofDelimiter(":").formatHex(digest);
		} catch (NoSuchAlgorithmException | CertificateEncodingException e) {
			throw new IllegalStateException("Cannot fingerprint a certificate: " + e.getMessage(), e);
		}
	}

	/**
	 * @return the fingerprint in the printed form, whatever case or separators it was given in
	 * @throws IllegalArgumentException if it is not 32 bytes of hex
	 */
	public static String normalise(String fingerprint) {
		String hex = fingerprint.replaceAll("[^0-9A-Fa-f]", "").toLowerCase(Locale.ROOT);
		if (hex.length() != 64) {
			throw new IllegalArgumentException("A SHA-256 fingerprint has 64 hex digits: '" + fingerprint + "'");
		}
		return HexFormat.ofDelimiter(":").formatHex(HexFormat.of().parseHex(hex));
	}
}
