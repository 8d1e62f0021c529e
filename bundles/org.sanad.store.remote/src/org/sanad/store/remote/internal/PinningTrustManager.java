package org.sanad.store.remote.internal;

import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

import org.sanad.store.remote.Fingerprints;

/**
 * Trusts exactly one certificate, the pinned one, by its SHA-256 fingerprint; with no pin yet, the
 * first one seen (trust on first use), which the caller pins once signing in worked. As an
 * extended trust manager it also takes over the host name check, which a pin makes moot: a Sanad
 * server's certificate is made by itself, for whatever name or address clients use.
 */
final class PinningTrustManager extends X509ExtendedTrustManager {

	private final String pinned;
	private volatile String seen;

	/** @param pinned the fingerprint to accept, or {@code null} to accept the first one seen */
	PinningTrustManager(String pinned) {
		this.pinned = pinned;
	}

	/** @return the fingerprint of the server's certificate on the last handshake */
	String seen() {
		return seen;
	}

	private void check(X509Certificate[] chain) throws CertificateException {
		if (chain == null || chain.length == 0) {
			throw new CertificateException("The server sent no certificate");
		}
		chain[0].checkValidity();
		String fingerprint = Fingerprints.of(chain[0]);
		seen = fingerprint;
		if (pinned != null && !pinned.equals(fingerprint)) {
			throw new CertificateException("The server's certificate " + fingerprint + " is not the one pinned, "
					+ pinned);
		}
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		check(chain);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		check(chain);
	}

	@Override
	public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		check(chain);
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
		throw new CertificateException("A client does not check clients");
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
			throws CertificateException {
		throw new CertificateException("A client does not check clients");
	}

	@Override
	public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
			throws CertificateException {
		throw new CertificateException("A client does not check clients");
	}

	@Override
	public X509Certificate[] getAcceptedIssuers() {
		return new X509Certificate[0];
	}
}
