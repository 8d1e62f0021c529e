package org.sanad.store.remote;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

import org.sanad.store.CorpusStore;
import org.sanad.store.remote.internal.HttpTransport;
import org.sanad.store.remote.internal.RemoteCorpusStore;

/**
 * How a second Sanad process of the same user reaches a data folder's store that another one has
 * open (a command while the workbench runs): the process that holds the store serves it on the
 * loopback address and writes the address and a random secret to {@value #FILE} in the data folder,
 * readable by its owner only; the second process reads it and works through that API. Nothing of
 * the store listens beyond this machine, and nobody but the folder's owner has the secret.
 */
public final class LocalAccess {

	/** The file in the data folder, present while a process serves the store locally. */
	public static final String FILE = "local-access.properties";

	/**
	 * @param uri    where the process serves the store (http on a loopback address)
	 * @param secret the token that lets the owner in
	 */
	public record Endpoint(URI uri, String secret) {
	}

	private LocalAccess() {
	}

	/** Publishes the endpoint of this process, for the owner's other processes. */
	public static void publish(Path dataDirectory, Endpoint endpoint) {
		Path file = dataDirectory.resolve(FILE);
		Properties values = new Properties();
		values.setProperty("uri", endpoint.uri().toString());
		values.setProperty("secret", endpoint.secret());
		values.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
		try {
			Path temporary = dataDirectory.getFileSystem().supportedFileAttributeViews().contains("posix")
					? Files.createTempFile(dataDirectory, "local-access", ".tmp",
							PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
					: Files.createTempFile(dataDirectory, "local-access", ".tmp");
			try (OutputStream out = Files.newOutputStream(temporary)) {
				values.store(out, "Where this data folder's store is served to its owner's other Sanad processes");
			}
			Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
		}
	}

	/** Withdraws this process's endpoint, if the file is still its own. */
	public static void withdraw(Path dataDirectory) {
		Path file = dataDirectory.resolve(FILE);
		read(dataDirectory).filter(e -> ownedHere(dataDirectory)).ifPresent(e -> {
			try {
				Files.deleteIfExists(file);
			} catch (IOException ignored) {
				// stale files are found out at the next connection
			}
		});
	}

	private static boolean ownedHere(Path dataDirectory) {
		Properties values = load(dataDirectory.resolve(FILE));
		return Long.toString(ProcessHandle.current().pid()).equals(values.getProperty("pid"));
	}

	/** @return the endpoint published in the data folder, if any */
	public static Optional<Endpoint> read(Path dataDirectory) {
		Properties values = load(dataDirectory.resolve(FILE));
		String uri = values.getProperty("uri");
		String secret = values.getProperty("secret");
		return uri == null || secret == null ? Optional.empty() : Optional.of(new Endpoint(URI.create(uri), secret));
	}

	private static Properties load(Path file) {
		Properties values = new Properties();
		if (Files.isRegularFile(file)) {
			try (InputStream in = Files.newInputStream(file)) {
				values.load(in);
			} catch (IOException e) {
				return new Properties();
			}
		}
		return values;
	}

	/**
	 * Connects to the process that serves the data folder's store.
	 *
	 * @return the store, as its owner
	 * @throws org.sanad.store.StoreException if no process publishes it or the one named is gone
	 */
	public static CorpusStore connect(Path dataDirectory) {
		Endpoint endpoint = read(dataDirectory).orElseThrow(() -> new org.sanad.store.StoreException(
				"The store in " + dataDirectory + " is in use by another program that does not share it"));
		HttpTransport transport = new HttpTransport(endpoint.uri(), new KnownServers(dataDirectory.resolve("known-servers.properties")),
				message -> {
				});
		transport.useSecret(endpoint.secret());
		return RemoteCorpusStore.over(transport);
	}
}
