package org.sanad.server.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.sanad.store.StoreException;
import org.sanad.store.remote.Fingerprints;

/**
 * The server's TLS key and self-made certificate, in {@code DATA/server/tls.p12} with its random
 * password beside it in {@code tls.secret} (both for the owner only). Made on first start with the
 * JDK's {@code keytool}: the JDK has no public API that makes a certificate, and keytool is the
 * maintained tool that does, without a library for one file. Clients pin its fingerprint.
 */
public final class Certificates {

	static final String KEYSTORE = "tls.p12";
	static final String SECRET = "tls.secret";
	static final String ALIAS = "sanad";

	/** A key store ready for Jetty. */
	public record KeyStoreFile(Path path, String password, String fingerprint) {
	}

	private Certificates() {
	}

	static KeyStoreFile ensure(Path folder) {
		Path keystore = folder.resolve(KEYSTORE);
		Path secret = folder.resolve(SECRET);
		try {
			if (!Files.exists(keystore)) {
				make(folder, keystore, secret);
			}
			String password = Files.readString(secret, StandardCharsets.UTF_8).strip();
			return new KeyStoreFile(keystore, password, fingerprint(keystore, password));
		} catch (IOException e) {
			throw new StoreException("Cannot prepare the server's certificate in " + folder + ": " + e.getMessage(), e);
		}
	}

	private static void make(Path folder, Path keystore, Path secret) throws IOException {
		Files.createDirectories(folder);
		restrict(folder, "rwx------");
		byte[] random = new byte[24];
		new SecureRandom().nextBytes(random);
		String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Files.writeString(secret, password + "\n", StandardCharsets.UTF_8);
		restrict(secret, "rw-------");
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		ProcessBuilder builder = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair", "-alias", ALIAS,
				"-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-validity", "3650",
				"-dname", "CN=Sanad server", "-ext", "SAN=" + subjectNames(), "-storetype", "PKCS12", "-keystore",
				keystore.toString(), "-storepass:env", "SANAD_KEYSTORE", "-keypass:env", "SANAD_KEYSTORE"))
				.redirectErrorStream(true);
		builder.environment().put("SANAD_KEYSTORE", password); // not on the command line, where ps shows it
		Process process = builder.start();
		String output;
		try (InputStream in = process.getInputStream()) {
			output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				Files.deleteIfExists(keystore);
				throw new IOException(keytool + " failed: " + output.strip());
			}
		} catch (InterruptedException e) {
			process.destroy();
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while making the certificate", e);
		}
		restrict(keystore, "rw-------");
	}

	private static String subjectNames() {
		StringBuilder names = new StringBuilder("dns:localhost,ip:127.0.0.1,ip:::1");
		try {
			String host = InetAddress.getLocalHost().getHostName();
			if (host.matches("[A-Za-z0-9.-]+") && !host.equals("localhost")) {
				names.append(",dns:").append(host);
			}
		} catch (IOException e) {
			// no host name: clients pin the fingerprint anyway
		}
		return names.toString();
	}

	private static String fingerprint(Path keystore, String password) throws IOException {
		try (InputStream in = Files.newInputStream(keystore)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password.toCharArray());
			return Fingerprints.of((X509Certificate) store.getCertificate(ALIAS));
		} catch (GeneralSecurityException e) {
			throw new IOException("Cannot read " + keystore + ": " + e.getMessage(), e);
		}
	}

	private static void restrict(Path path, String mode) throws IOException {
		if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
		}
	}
}
