package org.sanad.product.tests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A client of the server's HTTP API written from its documented form (docs/dev/server.md), not
 * from Sanad's client classes: signs in, posts store operations as JSON arrays, signs in again when
 * the session is gone (a restarted server forgot it). The server's address may change between
 * calls (a restarted server listens on a new port).
 */
final class ApiClient {

	/** The server answered with an error status. */
	static final class Refused extends RuntimeException {
		private static final long serialVersionUID = 1L;
		final int status;
		final JsonObject body;

		Refused(int status, JsonObject body) {
			super(status + " " + body);
			this.status = status;
			this.body = body;
		}

		String kind() {
			return body.has("kind") ? body.get("kind").getAsString() : "";
		}
	}

	private static final Gson GSON = new Gson();
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
	private final Supplier<String> server;
	private final String user;
	private final String password;
	private String token;

	ApiClient(Supplier<String> server, String user, String password) {
		this.server = server;
		this.user = user;
		this.password = password;
	}

	/** Calls a store operation; {@link IOException} when the server cannot be reached. */
	JsonElement call(String operation, Object... arguments) throws IOException, InterruptedException {
		if (token == null) {
			signIn();
		}
		try {
			return post("/api/v1/store/" + operation, GSON.toJsonTree(arguments).getAsJsonArray(), true);
		} catch (Refused e) {
			if (e.status != 401) {
				throw e;
			}
			signIn();
			return post("/api/v1/store/" + operation, GSON.toJsonTree(arguments).getAsJsonArray(), true);
		}
	}

	private void signIn() throws IOException, InterruptedException {
		JsonObject credentials = new JsonObject();
		credentials.addProperty("user", user);
		credentials.addProperty("password", password);
		token = null;
		token = post("/api/v1/sessions", credentials, false).getAsJsonObject().get("token").getAsString();
	}

	private JsonElement post(String path, JsonElement body, boolean authenticated)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.get() + path))
				.timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json; charset=utf-8")
				.POST(HttpRequest.BodyPublishers.ofString(GSON.toJson(body)));
		if (authenticated) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		JsonElement answer = response.body().isEmpty() ? new JsonObject() : JsonParser.parseString(response.body());
		if (response.statusCode() / 100 != 2) {
			throw new Refused(response.statusCode(), answer.isJsonObject() ? answer.getAsJsonObject() : new JsonObject());
		}
		return answer;
	}

	static JsonArray array(Object... elements) {
		return GSON.toJsonTree(elements).getAsJsonArray();
	}
}
