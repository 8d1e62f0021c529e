package org.sanad.store.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The certificates a client trusts, one per server: the SHA-256 fingerprint pinned on the first
 * connection (or set beforehand from what the server printed), in a properties file
 * {@code host:port=fingerprint}. A server whose certificate differs from its pin is refused.
 */
public final class KnownServers {

	private final Path file;

	/** @param file where the pins are kept; created on the first pin */
	public KnownServers(Path file) {
		this.file = file;
	}

	/** @return the file the pins are kept in */
	public Path file() {
		return file;
	}

	/** @return the fingerprint pinned for the server, lowercase hex with colons */
	public synchronized Optional<String> pinned(URI server) {
		return Optional.ofNullable(load().getProperty(key(server)));
	}

	/** Pins a fingerprint for the server, replacing an earlier one. */
	public synchronized void pin(URI server, String fingerprint) {
		Properties pins = load();
		pins.setProperty(key(server), Fingerprints.normalise(fingerprint));
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
			Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "known-servers", ".tmp");
			try (OutputStream out = Files.newOutputStream(temporary)) {
				pins.store(out, "Sanad servers and the SHA-256 fingerprints of their certificates");
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	private Properties load() {
		Properties pins = new Properties();
		if (Files.exists(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				pins.load(in);
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
			}
		}
		return pins;
	}

	static String key(URI server) {
		return server.getHost() + ":" + (server.getPort() > 0 ? server.getPort() : 443);
	}
}
