package org.sanad.core;

import java.net.URI;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The Sanad server this process works with instead of the data folder's own store, if any: the
 * system property {@value #PROPERTY} (the start script sets it from {@code --server URL}), else
 * the environment variable {@value #ENVIRONMENT}; the account likewise from {@value #USER_PROPERTY}
 * ({@code --user NAME}), {@value #USER_ENVIRONMENT}, the URL's user part, or the system user.
 *
 * @since 0.2
 */
public record ServerLocation(URI server, String user) {

	public static final String PROPERTY = "sanad.server";
	public static final String ENVIRONMENT = "SANAD_SERVER";
	public static final String USER_PROPERTY = "sanad.user";
	public static final String USER_ENVIRONMENT = "SANAD_USER";
	/** Environment variable with the password, for scripts; otherwise it is asked for. */
	public static final String PASSWORD_ENVIRONMENT = "SANAD_PASSWORD";

	/** @return the server chosen for this process, or empty to work on the data folder */
	public static Optional<ServerLocation> current() {
		return resolve(System::getProperty, System::getenv, System.getProperty("user.name"));
	}

	static Optional<ServerLocation> resolve(UnaryOperator<String> properties, UnaryOperator<String> environment,
			String systemUser) {
		String url = first(properties.apply(PROPERTY), environment.apply(ENVIRONMENT));
		if (url == null) {
			return Optional.empty();
		}
		URI uri = URI.create(url.contains("://") ? url : "https://" + url);
		if (uri.getHost() == null) {
			throw new IllegalArgumentException("A server is https://HOST:PORT, not '" + url + "'");
		}
		String user = first(properties.apply(USER_PROPERTY), environment.apply(USER_ENVIRONMENT), uri.getUserInfo(),
				systemUser);
		URI server = URI.create(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
		return Optional.of(new ServerLocation(server, user));
	}

	private static String first(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.strip();
			}
		}
		return null;
	}
}
