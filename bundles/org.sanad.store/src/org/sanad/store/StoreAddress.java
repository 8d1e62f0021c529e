package org.sanad.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a store on a database server lives, as {@code postgresql://USER@HOST:PORT/DB}. It never
 * carries a password: that comes from the environment or a file, so that it is not seen in the
 * process list or a shell's history.
 *
 * @param scheme   the kind of database, the name of the {@link CorpusStoreProvider} that opens it
 * @param user     the database account
 * @param host     the server's host name or address
 * @param port     the server's port
 * @param database the database's name
 * @since 1.1
 */
public record StoreAddress(String scheme, String user, String host, int port, String database) {

	/**
	 * Reads {@code SCHEME://USER@HOST[:PORT]/DB}; the port defaults to the scheme's usual one
	 * (5432 for PostgreSQL).
	 *
	 * @throws IllegalArgumentException naming what is wrong or missing
	 */
	public static StoreAddress parse(String text) {
		URI uri;
		try {
			uri = new URI(text);
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("Not a store address: '" + text + "' (" + e.getReason()
					+ "); expected postgresql://USER@HOST:PORT/DB");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (scheme.isEmpty() || uri.getHost() == null) {
			throw new IllegalArgumentException("Not a store address: '" + text + "'; expected postgresql://USER@HOST:PORT/DB");
		}
		String user = uri.getUserInfo();
		if (user == null || user.isEmpty()) {
			throw new IllegalArgumentException("The store address '" + text + "' names no user: postgresql://USER@HOST:PORT/DB");
		}
		if (user.contains(":")) {
			throw new IllegalArgumentException("The store address '" + text.replace(user, user.substring(0, user.indexOf(':')) + ":***")
					+ "' holds a password: give it in SANAD_STORE_PASSWORD or a file named by --password-file instead");
		}
		String path = uri.getPath() == null ? "" : uri.getPath();
		String database = path.startsWith("/") ? path.substring(1) : path;
		if (database.isEmpty() || database.contains("/")) {
			throw new IllegalArgumentException("The store address '" + text + "' names no database: postgresql://USER@HOST:PORT/DB");
		}
		if (uri.getQuery() != null || uri.getFragment() != null) {
			throw new IllegalArgumentException("The store address '" + text + "' has parts after the database name");
		}
		int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme);
		return new StoreAddress(scheme, user, uri.getHost(), port, database);
	}

	private static int defaultPort(String scheme) {
		return switch (scheme) {
		case "postgresql" -> 5432;
		default -> throw new IllegalArgumentException("The store address for '" + scheme + "' needs a port");
		};
	}

	/** @return the address as it is written, without a password */
	@Override
	public String toString() {
		return scheme + "://" + user + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/" + database;
	}
}
