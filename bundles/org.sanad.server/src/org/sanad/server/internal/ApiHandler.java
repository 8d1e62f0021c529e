package org.sanad.server.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.sanad.store.Account;
import org.sanad.store.CorpusStore;
import org.sanad.store.remote.wire.ErrorBody;
import org.sanad.store.remote.wire.Wire;

import com.google.gson.JsonParseException;

/**
 * The HTTP API on Jetty's core handler: sign in and out, and the store operations, each run as
 * the session's caller through a {@link GuardedStore}. Every answer is JSON; every failure an
 * {@link ErrorBody} with its status, and a fault of the server says no more than that (the log
 * has it).
 */
final class ApiHandler extends Handler.Abstract {

	private static final Logger LOG = Logger.getLogger(ApiHandler.class.getName());

	private final CorpusStore store;
	private final Sessions sessions;
	private final LoginThrottle throttle;
	private final long maxBody;
	private final String version;
	private final byte[] ownerSecret;
	private final Dispatcher dispatcher = new Dispatcher();

	ApiHandler(CorpusStore store, Sessions sessions, LoginThrottle throttle, long maxBody, String version,
			String ownerSecret) {
		this.store = store;
		this.ownerSecret = ownerSecret == null ? null : ownerSecret.getBytes(StandardCharsets.UTF_8);
		this.sessions = sessions;
		this.throttle = throttle;
		this.maxBody = maxBody;
		this.version = version;
	}

	@Override
	public boolean handle(Request request, Response response, Callback callback) {
		String path = Request.getPathInContext(request);
		String method = request.getMethod();
		Answer answer;
		try {
			answer = route(path, method, request);
		} catch (RequestTooLarge e) {
			answer = Answer.error(ErrorBody.of(ErrorBody.TOO_LARGE, "A request body may have at most " + maxBody
					+ " bytes"));
		} catch (RuntimeException e) {
			ErrorBody error = ErrorBody.of(e);
			if (error.status() == 500) {
				LOG.log(Level.SEVERE, method + " " + path + " failed", e);
			}
			answer = Answer.error(error);
		}
		drain(request);
		response.setStatus(answer.status());
		response.getHeaders().put(HttpHeader.CONTENT_TYPE, Wire.JSON);
		response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
		if (answer.retryAfter() != null) {
			response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(answer.retryAfter().toSeconds() + 1));
		}
		Content.Sink.write(response, true, answer.json(), callback);
		return true;
	}

	private Answer route(String path, String method, Request request) throws RequestTooLarge {
		if (path.equals(Wire.HEALTH) && method.equals("GET")) {
			return Answer.ok(Wire.gson().toJson(new Wire.Health("Sanad", version)));
		}
		if (path.equals(Wire.SESSIONS) && method.equals("POST")) {
			return signIn(body(request));
		}
		if (path.equals(Wire.SESSIONS) && method.equals("DELETE")) {
			sessions.close(token(request));
			return Answer.ok("null");
		}
		if (path.startsWith(Wire.STORE) && method.equals("POST") && isOwner(token(request))) {
			try {
				return Answer.ok(dispatcher.run(path.substring(Wire.STORE.length()), body(request), OwnerStore.of(store)));
			} catch (Dispatcher.NoSuchOperationException e) {
				return Answer.error(ErrorBody.of(ErrorBody.NOT_FOUND, e.getMessage()));
			}
		}
		if (path.startsWith(Wire.STORE) && method.equals("POST")) {
			Optional<Sessions.Session> session = sessions.use(token(request));
			if (session.isEmpty()) {
				return Answer.error(ErrorBody.of(ErrorBody.UNAUTHENTICATED, "Sign in first, or again: the session "
						+ "is unknown or expired"));
			}
			String operation = path.substring(Wire.STORE.length());
			try {
				String result = dispatcher.run(operation, body(request),
						new GuardedStore(store, session.get().caller()));
				afterAccountChange(operation, session.get().caller());
				return Answer.ok(result);
			} catch (Dispatcher.NoSuchOperationException e) {
				return Answer.error(ErrorBody.of(ErrorBody.NOT_FOUND, e.getMessage()));
			}
		}
		return Answer.error(ErrorBody.of(ErrorBody.NOT_FOUND, "No " + method + " " + path + " in Sanad's API"));
	}

	private Answer signIn(String body) {
		Wire.Credentials credentials;
		try {
			credentials = Wire.gson().fromJson(body, Wire.Credentials.class);
		} catch (JsonParseException e) {
			throw new IllegalArgumentException("Expected {\"user\": ..., \"password\": ...}", e);
		}
		if (credentials == null || credentials.user() == null || credentials.password() == null) {
			throw new IllegalArgumentException("Expected {\"user\": ..., \"password\": ...}");
		}
		Duration wait = throttle.wait(credentials.user());
		if (!wait.isZero()) {
			return new Answer(429, Wire.gson().toJson(ErrorBody.of(ErrorBody.SLOW_DOWN, "Too many wrong passwords for "
					+ credentials.user() + ": try again in " + (wait.toSeconds() + 1) + " s")), wait);
		}
		char[] password = credentials.password().toCharArray();
		Optional<Account> account = store.accounts().authenticate(credentials.user(), password);
		java.util.Arrays.fill(password, '\0');
		if (account.isEmpty()) {
			throttle.failed(credentials.user());
			return Answer.error(ErrorBody.of(ErrorBody.UNAUTHENTICATED, "Wrong account name or password, "
					+ "or the account is disabled"));
		}
		throttle.succeeded(credentials.user());
		Sessions.Session session = sessions.open(new Caller(account.get().id(), account.get().administrator()));
		return Answer.ok(Wire.gson().toJson(new Wire.Session(session.token(), account.get().id(),
				account.get().administrator(), session.expiresAt())));
	}

	/** A disabled account is signed out everywhere at once. */
	private void afterAccountChange(String operation, Caller caller) {
		if (operation.equals("accounts.setDisabled")) {
			store.accounts().list().stream().filter(Account::disabled).forEach(a -> sessions.closeAll(a.id()));
		}
	}

	/** Up to how many bytes of a body over the limit are read and dropped, so that the client reads the 413. */
	private static final long DRAINED = 16L << 20;

	/**
	 * Reads and drops what is left of the request's body (an answer given before reading it: a
	 * refusal, an unknown path, a body over the limit), so that the connection stays usable and a
	 * client still sending reads the answer instead of a reset. Bodies far over the limit are left:
	 * their connection is closed.
	 */
	private void drain(Request request) {
		if (request.getLength() <= maxBody + DRAINED) {
			try {
				Content.Source.consumeAll(request);
			} catch (java.io.IOException | RuntimeException e) {
				// the connection is gone anyway
			}
		}
	}

	private String body(Request request) throws RequestTooLarge {
		if (request.getLength() > maxBody) {
			throw new RequestTooLarge();
		}
		try {
			byte[] bytes = Content.Source.asByteArrayAsync(request, (int) Math.min(Integer.MAX_VALUE, maxBody)).get();
			return new String(bytes, StandardCharsets.UTF_8);
		} catch (ExecutionException e) {
			throw new RequestTooLarge(); // asByteArrayAsync fails only on a body over the limit or a lost connection
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading the request", e);
		}
	}

	/** @return whether the token is the owner's secret; compared in constant time */
	private boolean isOwner(String token) {
		return ownerSecret != null && token != null
				&& java.security.MessageDigest.isEqual(ownerSecret, token.getBytes(StandardCharsets.UTF_8));
	}

	private static String token(Request request) {
		String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
		return header != null && header.startsWith(Wire.BEARER) ? header.substring(Wire.BEARER.length()).strip()
				: null;
	}

	/** The request's body is over the limit. */
	private static final class RequestTooLarge extends Exception {
		private static final long serialVersionUID = 1L;
	}

	private record Answer(int status, String json, Duration retryAfter) {
		static Answer ok(String json) {
			return new Answer(200, json, null);
		}

		static Answer error(ErrorBody error) {
			return new Answer(error.status(), Wire.gson().toJson(error), null);
		}
	}
}
