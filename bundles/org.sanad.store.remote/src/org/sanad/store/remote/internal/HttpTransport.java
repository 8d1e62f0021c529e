package org.sanad.store.remote.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.function.Consumer;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManager;

import org.sanad.store.StoreException;
import org.sanad.store.remote.KnownServers;
import org.sanad.store.remote.wire.ErrorBody;
import org.sanad.store.remote.wire.Wire;

/**
 * JSON over HTTP to one server with the JDK's HTTP client, signed in as one account: a session
 * token on every request, signing in again once when the server has forgotten it (a restart).
 */
public final class HttpTransport {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	private final URI server;
	private final KnownServers known;
	private final Consumer<String> notices;
	private final HttpClient client;
	private final PinningTrustManager trust;
	private String user;
	private char[] password;
	private volatile String token;
	private boolean administrator;

	public HttpTransport(URI server, KnownServers known, Consumer<String> notices) {
		this.server = checked(server);
		this.known = known;
		this.notices = notices;
		HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT);
		if (server.getScheme().equals("https")) {
			trust = new PinningTrustManager(known.pinned(server).orElse(null));
			builder.sslContext(sslContext(trust));
		} else {
			trust = null;
		}
		client = builder.build();
	}

	private static URI checked(URI server) {
		String scheme = server.getScheme();
		if (scheme == null || server.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
			throw new IllegalArgumentException("A server is https://HOST:PORT, not '" + server + "'");
		}
		if (scheme.equals("http") && !isLoopback(server.getHost())) {
			throw new IllegalArgumentException("Plain http only reaches this computer (localhost); for " + server.getHost()
					+ " use https, so that passwords do not travel in clear");
		}
		return URI.create(scheme + "://" + server.getRawAuthority());
	}

	private static boolean isLoopback(String host) {
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		} catch (UnknownHostException e) {
			return false;
		}
	}

	private static SSLContext sslContext(TrustManager trust) {
		try {
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, new TrustManager[] { trust }, null);
			return context;
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("This Java has no TLS: " + e.getMessage(), e);
		}
	}

	/** Signs in; on the first connection to a server, pins its certificate. */
	public synchronized void signIn(String user, char[] password) {
		String body = Wire.gson().toJson(new Wire.Credentials(user, new String(password)));
		String answer = send(Wire.SESSIONS, "POST", body, false);
		Wire.Session session = Wire.gson().fromJson(answer, Wire.Session.class);
		this.user = session.user();
		this.password = password.clone();
		this.administrator = session.administrator();
		this.token = session.token();
		if (trust != null && known.pinned(server).isEmpty()) {
			known.pin(server, trust.seen());
			notices.accept("Pinned the certificate of " + server + " (SHA-256 " + trust.seen() + ") in " + known.file()
					+ "; compare it with the fingerprint the server printed when it started.");
		}
	}

	/**
	 * Uses a secret the server was started with instead of an account (the data folder's owner),
	 * after checking that a Sanad server answers.
	 */
	public synchronized void useSecret(String secret) {
		send(Wire.HEALTH, "GET", "", false);
		this.token = secret;
	}

	/** Signs out; the token stops working. */
	public synchronized void signOut() {
		if (token != null && user != null) {
			try {
				send(Wire.SESSIONS, "DELETE", "", true);
			} catch (StoreException e) {
				// Signing out of a server that is gone: its sessions went with it.
			}
			token = null;
		}
		if (password != null) {
			java.util.Arrays.fill(password, '\0');
		}
	}

	public String user() {
		return user;
	}

	public boolean administrator() {
		return administrator;
	}

	public URI server() {
		return server;
	}

	/** Posts a JSON body to a path and returns the JSON answer; an error answer is thrown as its exception. */
	public String post(String path, String json) {
		try {
			return send(path, "POST", json, true);
		} catch (SessionExpired e) {
			synchronized (this) {
				signIn(user, password);
			}
			return send(path, "POST", json, true);
		}
	}

	private String send(String path, String method, String json, boolean authenticated) {
		HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path)).header("Content-Type", Wire.JSON)
				.header("Accept", "application/json");
		if (authenticated && token != null) {
			request.header("Authorization", Wire.BEARER + token);
		}
		request.method(method, json.isEmpty() || method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
		HttpResponse<String> response;
		try {
			response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		} catch (SSLHandshakeException e) {
			throw new StoreException("The certificate of " + server + " is not the one pinned in " + known.file()
					+ " (" + rootMessage(e) + "). If the server was set up again, remove its line from that file.", e);
		} catch (IOException e) {
			throw new StoreException("Cannot reach the Sanad server " + server + ": " + rootMessage(e), e, true);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new StoreException("Interrupted while waiting for " + server, e, true);
		}
		if (response.statusCode() / 100 == 2) {
			return response.body();
		}
		ErrorBody error = errorOf(response);
		if (response.statusCode() == 401 && authenticated && password != null) {
			throw new SessionExpired(error.message());
		}
		throw error.toException();
	}

	private static ErrorBody errorOf(HttpResponse<String> response) {
		try {
			ErrorBody error = Wire.gson().fromJson(response.body(), ErrorBody.class);
			if (error != null && error.kind() != null) {
				return error;
			}
		} catch (RuntimeException e) {
			// not one of ours: a proxy's page, say
		}
		return ErrorBody.of(response.statusCode() == 401 ? ErrorBody.UNAUTHENTICATED : ErrorBody.FAULT,
				"The server answered " + response.statusCode());
	}

	private static String rootMessage(Throwable e) {
		Throwable root = e;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
	}

	/** The server no longer knows the token. */
	private static final class SessionExpired extends StoreException {
		private static final long serialVersionUID = 1L;

		SessionExpired(String message) {
			super(message);
		}
	}
}
