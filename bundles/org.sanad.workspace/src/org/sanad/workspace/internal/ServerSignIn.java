package org.sanad.workspace.internal;

import java.io.Console;
import java.nio.file.Path;

import org.sanad.core.ServerLocation;
import org.sanad.store.CorpusStore;
import org.sanad.store.StoreException;
import org.sanad.store.remote.KnownServers;
import org.sanad.store.remote.ServerConnections;

/**
 * Signs a headless process in to the server of {@code --server}: the password from
 * {@value ServerLocation#PASSWORD_ENVIRONMENT} or asked for on the terminal, never an argument;
 * certificates pinned in the data folder's {@value #KNOWN_SERVERS}.
 */
final class ServerSignIn {

	static final String KNOWN_SERVERS = "known-servers.properties";

	private ServerSignIn() {
	}

	static CorpusStore connect(ServerLocation location, Path dataDirectory) {
		char[] password = password(location);
		try {
			return ServerConnections.connect(location.server(), location.user(), password,
					new KnownServers(dataDirectory.resolve(KNOWN_SERVERS)), System.err::println);
		} finally {
			java.util.Arrays.fill(password, '\0');
		}
	}

	private static char[] password(ServerLocation location) {
		String given = System.getenv(ServerLocation.PASSWORD_ENVIRONMENT);
		if (given != null && !given.isEmpty()) {
			return given.toCharArray();
		}
		Console console = System.console();
		if (console == null) {
			throw new StoreException("No terminal to ask for " + location.user() + "'s password on " + location.server()
					+ ": set " + ServerLocation.PASSWORD_ENVIRONMENT);
		}
		char[] typed = console.readPassword("Password for %s on %s: ", location.user(), location.server());
		if (typed == null) {
			throw new StoreException("No password given");
		}
		return typed;
	}
}
