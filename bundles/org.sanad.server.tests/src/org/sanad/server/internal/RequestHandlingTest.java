package org.sanad.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.server.ServerOptions;
import org.sanad.server.TeamServer;
import org.sanad.store.StoreException;
import org.sanad.store.remote.wire.ErrorBody;
import org.sanad.store.remote.wire.Wire;

import com.google.gson.JsonObject;

/**
 * Raw HTTP against a real server (plain HTTP on loopback, so that bodies can be written by hand):
 * bad requests get a clear 4xx with a JSON error, change nothing, and the server keeps serving.
 */
class RequestHandlingTest {

	@TempDir
	static Path folder;

	static Team team;
	static HttpClient http = HttpClient.newHttpClient();
	static String token;

	@BeforeAll
	static void start() throws Exception {
		team = new Team(folder, ServerOptions.defaults().withHost("127.0.0.1").withPort(0).withPlainHttp(true)
				.withMaxRequestBytes(64 * 1024).withSessionLifetime(Duration.ofSeconds(2)));
	}

	/** A session per test: they last 2 s here. */
	@BeforeEach
	void signInAmal() throws Exception {
		token = signIn("amal");
	}

	@AfterAll
	static void stop() {
		team.close();
	}

	static String signIn(String user) throws Exception {
		HttpResponse<String> answer = post(Wire.SESSIONS, "{\"user\":\"" + user + "\",\"password\":\""
				+ new String(Team.password(user)) + "\"}", null);
		assertEquals(200, answer.statusCode(), answer.body());
		return Wire.gson().fromJson(answer.body(), Wire.Session.class).token();
	}

	static HttpResponse<String> post(String path, String body, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(team.uri() + path))
				.POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", Wire.JSON);
		if (token != null) {
			request.header("Authorization", Wire.BEARER + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	static ErrorBody error(HttpResponse<String> answer) {
		return Wire.gson().fromJson(answer.body(), ErrorBody.class);
	}

	private static String revisionOfAmal() throws Exception {
		HttpResponse<String> answer = post(Wire.STORE + "annotationSet", "[\"" + team.first + "\",\"amal\"]", token);
		assertEquals(200, answer.statusCode(), answer.body());
		JsonObject set = Wire.gson().fromJson(answer.body(), JsonObject.class);
		return set.has("revision") ? set.get("revision").getAsString() : "0";
	}

	@Test
	void malformedJsonIsA400AndChangesNothing() throws Exception {
		String before = revisionOfAmal();
		HttpResponse<String> answer = post(Wire.STORE + "apply", "[{\"documentId\": ", token);

		assertEquals(400, answer.statusCode());
		assertEquals(ErrorBody.BAD_REQUEST, error(answer).kind());
		assertEquals(before, revisionOfAmal());
	}

	@Test
	void argumentsOfTheWrongTypeOrNumberAreA400NamingTheArgument() throws Exception {
		HttpResponse<String> wrongType = post(Wire.STORE + "documents:String,int,int",
				"[\"" + team.project.getId() + "\", \"first\", 10]", token);
		HttpResponse<String> wrongCount = post(Wire.STORE + "annotationSet", "[\"" + team.first + "\"]", token);
		HttpResponse<String> notAnArray = post(Wire.STORE + "annotationSet", "{\"documentId\": 1}", token);
		HttpResponse<String> unknownClass = post(Wire.STORE + "apply", "[{\"documentId\":\"" + team.first
				+ "\",\"owner\":\"amal\",\"actor\":\"amal\",\"baseRevision\":0,\"created\":[{\"eClass\":\"Bomb\"}],"
				+ "\"updated\":[],\"deleted\":[]}]", token);

		assertEquals(400, wrongType.statusCode());
		assertTrue(error(wrongType).message().contains("Argument 2"), error(wrongType).message());
		assertEquals(400, wrongCount.statusCode());
		assertEquals(400, notAnArray.statusCode());
		assertEquals(400, unknownClass.statusCode());
		assertTrue(error(unknownClass).message().contains("Bomb"), error(unknownClass).message());
		HttpResponse<String> missingField = post(Wire.STORE + "apply", "[{\"documentId\":\"" + team.first
				+ "\",\"owner\":\"amal\",\"baseRevision\":0,\"created\":[],\"updated\":[],\"deleted\":[]}]", token);
		assertEquals(400, missingField.statusCode(), "a record that refuses its values is the request's fault");
		assertTrue(error(missingField).message().contains("Argument 1 is not a valid AnnotationChange: actor"),
				error(missingField).message());
	}

	@Test
	void aBodyOverTheLimitIsA413() throws Exception {
		String huge = "[\"" + "x".repeat(200 * 1024) + "\", \"amal\"]";
		HttpResponse<String> answer = post(Wire.STORE + "annotationSet", huge, token);

		assertEquals(413, answer.statusCode());
		assertEquals(ErrorBody.TOO_LARGE, error(answer).kind());
	}

	@Test
	void unknownPathsAndOperationsAre404AndUnknownIdsAre403() throws Exception {
		assertEquals(404, post(Wire.STORE + "dropEverything", "[]", token).statusCode());
		assertEquals(404, post(Wire.STORE + "applyAll", "[[]]", token).statusCode(), "not served: see StoreOperations");
		assertEquals(404, post("/api/v0/anything", "[]", token).statusCode());
		HttpResponse<String> unknown = post(Wire.STORE + "document", "[\"no-such-id\"]", token);
		assertEquals(403, unknown.statusCode());
		assertEquals(ErrorBody.DENIED, error(unknown).kind());
	}

	@Test
	void withoutOrWithAWrongTokenTheStoreAnswers401() throws Exception {
		assertEquals(401, post(Wire.STORE + "projects", "[]", null).statusCode());
		assertEquals(401, post(Wire.STORE + "projects", "[]", "made-up-token").statusCode());
	}

	@Test
	void aTokenExpiresWhenUnusedForItsLifetime() throws Exception {
		String shortLived = signIn("badr");
		assertEquals(200, post(Wire.STORE + "projects", "[]", shortLived).statusCode());

		Thread.sleep(2_500); // the lifetime is 2 s here

		HttpResponse<String> answer = post(Wire.STORE + "projects", "[]", shortLived);
		assertEquals(401, answer.statusCode());
		assertEquals(ErrorBody.UNAUTHENTICATED, error(answer).kind());
	}

	@Test
	void theServerKeepsServingAfterBadRequests() throws Exception {
		for (int i = 0; i < 20; i++) {
			post(Wire.STORE + "apply", "{{{", token);
			post(Wire.SESSIONS, "not json", null);
		}
		HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(team.uri() + Wire.HEALTH)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(200, health.statusCode());
		assertEquals(200, post(Wire.STORE + "projects", "[]", signIn("carla")).statusCode());
	}

	@Test
	void plainHttpIsRefusedOnAnAddressOtherThanLoopback() {
		assertThrows(IllegalArgumentException.class, () -> TeamServer.start(team.local, folder,
				ServerOptions.defaults().withHost("0.0.0.0").withPort(0).withPlainHttp(true)));
		assertThrows(IllegalArgumentException.class, () -> org.sanad.store.remote.ServerConnections.connect(
				URI.create("http://192.0.2.1:8743"), "amal", Team.password("amal"), team.known(), m -> {
				}));
		assertThrows(StoreException.class, () -> org.sanad.store.remote.ServerConnections.connect(team.uri(), "amal",
				"wrong-password".toCharArray(), team.known(), m -> {
				}));
	}

	@Test
	void theDocumentListOfAnAnnotatorComesThroughThePlainClientToo() {
		var amal = team.as("amal");
		assertEquals(List.of(team.first), amal.documentIds(team.project.getId()));
		amal.close();
	}
}
