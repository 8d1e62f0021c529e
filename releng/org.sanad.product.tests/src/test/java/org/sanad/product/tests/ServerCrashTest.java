package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * {@code kill -9} of a loaded {@code sanad serve}: four annotators and a curator write through the
 * HTTP API, the server is killed in the middle, started again on the same data folder, and the
 * clients sign in again and send what they had not seen acknowledged, with the same change keys.
 * Afterwards every acknowledged edit is in the store and in its audit exactly once, and so is
 * every edit that was in flight when the server died (stored before, or sent again after). Run on
 * the data folder's H2 store and, moved there with {@code store migrate}, on PostgreSQL.
 */
@ParameterizedClass
@ValueSource(strings = { "h2", "postgresql" })
class ServerCrashTest {

	@Parameter
	String store;

	/** On PostgreSQL: the database the store was moved to. */
	private TestDatabase database;

	private static final List<String> ANNOTATORS = List.of("a1", "a2", "a3", "a4");
	private static final String CURATOR = "cur";

	@TempDir
	Path work;

	private ServeProcess server;

	@AfterEach
	void stopServer() throws Exception {
		if (server != null) {
			server.close();
		}
		if (database != null) {
			database.close();
		}
	}

	/** One client: its own edits, sent in order; an edit leaves its queue only when acknowledged. */
	private final class Writer implements Runnable {
		final ApiClient api;
		final String owner;
		final List<String> documents;
		final Deque<JsonObject> queue = new ArrayDeque<>();
		final Map<String, Long> revisions = new HashMap<>();
		final Map<String, List<String>> acknowledged;
		final AtomicInteger unreachable;
		int next;

		Writer(ApiClient api, String owner, List<String> documents, Map<String, List<String>> acknowledged,
				AtomicInteger unreachable) {
			this.api = api;
			this.owner = owner;
			this.documents = documents;
			this.acknowledged = acknowledged;
			this.unreachable = unreachable;
		}

		@Override
		public void run() {
			try {
				while (!stopping.get() || !queue.isEmpty()) {
					try {
						if (queue.isEmpty()) {
							queue.add(nextEdit());
						}
						send(queue.peek());
					} catch (IOException e) {
						unreachable.incrementAndGet(); // the server is down: the edit waits, tried again
						Thread.sleep(100);
					} catch (ApiClient.Refused e) {
						if (!"unavailable".equals(e.kind())) {
							throw e;
						}
						Thread.sleep(100);
					}
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			} catch (RuntimeException e) {
				failures.add(e);
			}
		}

		private JsonObject nextEdit() throws IOException, InterruptedException {
			String document = documents.get(next % documents.size());
			JsonObject entity = new JsonObject();
			entity.addProperty("eClass", "EntityMention");
			entity.addProperty("id", UUID.randomUUID().toString());
			entity.addProperty("begin", next % 60);
			entity.addProperty("end", next % 60 + 4);
			entity.addProperty("label", "PER");
			next++;
			JsonObject change = new JsonObject();
			change.addProperty("documentId", document);
			change.addProperty("owner", owner);
			change.addProperty("actor", owner == null ? CURATOR : owner); // the server names the caller anyway
			change.addProperty("baseRevision", revision(document));
			change.add("created", ApiClient.array(entity));
			change.add("updated", new JsonArray());
			change.add("deleted", new JsonArray());
			change.addProperty("changeId", UUID.randomUUID().toString());
			return change;
		}

		private long revision(String document) throws IOException, InterruptedException {
			Long known = revisions.get(document);
			if (known == null) {
				JsonObject set = api.call("annotationSet", document, owner).getAsJsonObject();
				known = set.has("revision") ? set.get("revision").getAsLong() : 0; // a default is left out
				revisions.put(document, known);
			}
			return known;
		}

		private void send(JsonObject change) throws IOException, InterruptedException {
			String document = change.get("documentId").getAsString();
			try {
				long revision = api.call("apply", change).getAsLong();
				revisions.put(document, revision);
				String id = change.getAsJsonArray("created").get(0).getAsJsonObject().get("id").getAsString();
				acknowledged.computeIfAbsent(document + "|" + owner, k -> new CopyOnWriteArrayList<>()).add(id);
				queue.poll();
			} catch (ApiClient.Refused e) {
				if (!"conflict".equals(e.kind())) {
					throw e;
				}
				// the set moved on (not expected with one writer per set, but handled as a client must)
				change.addProperty("baseRevision", e.body.get("currentRevision").getAsLong());
			}
		}
	}

	private final AtomicBoolean stopping = new AtomicBoolean();
	private final List<Throwable> failures = new CopyOnWriteArrayList<>();

	@Test
	void everyAcknowledgedEditSurvivesAKillNineAndQueuedEditsAreSentOnceAfterTheRestart() throws Exception {
		Path data = work.resolve("server");
		prepare(data);
		String[] options = store.equals("h2") ? new String[] { "--http" } : onPostgreSQL(data);
		server = ServeProcess.start(data, options);
		AtomicReference<String> url = new AtomicReference<>(server.url);
		ApiClient curator = new ApiClient(url::get, CURATOR, CURATOR + "-password");
		String projectId = null;
		for (JsonElement project : curator.call("projects").getAsJsonArray()) {
			if (project.getAsJsonObject().get("name").getAsString().equals("Crash")) {
				projectId = project.getAsJsonObject().get("id").getAsString();
			}
		}
		List<String> documents = new ArrayList<>();
		curator.call("documentIds", projectId).getAsJsonArray().forEach(d -> documents.add(d.getAsString()));
		assertEquals(5, documents.size());

		Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
		AtomicInteger unreachable = new AtomicInteger();
		List<Thread> threads = new ArrayList<>();
		List<String> owners = new ArrayList<>(ANNOTATORS);
		owners.add(null); // the curator writes the gold set
		for (String owner : owners) {
			String user = owner == null ? CURATOR : owner;
			Writer writer = new Writer(new ApiClient(url::get, user, user + "-password"), owner, documents,
					acknowledged, unreachable);
			threads.add(Thread.ofPlatform().name("writer-" + user).start(writer));
		}
		Thread.sleep(4_000);
		assertEquals(List.of(), failures, () -> "every client works before the kill; the server said:\n" + server.output());
		int beforeKill = count(acknowledged);
		server.kill(); // in the middle of the load: some edits are stored but their answers lost
		Thread.sleep(1_500);
		assertTrue(unreachable.get() > 0, "the clients noticed the server was gone");
		int whileDown = count(acknowledged);
		server = ServeProcess.start(data, options); // the same store, another port
		url.set(server.url);
		Thread.sleep(3_000);
		stopping.set(true);
		for (Thread thread : threads) {
			thread.join(60_000);
			assertTrue(!thread.isAlive(), thread.getName() + " sent its queue");
		}
		assertEquals(List.of(), failures);
		int total = count(acknowledged);
		assertTrue(beforeKill > 50 && total > whileDown, "edits before the kill " + beforeKill
				+ ", while down " + whileDown + ", in all " + total);

		int checked = 0;
		for (String document : documents) {
			for (String owner : owners) {
				List<String> expected = acknowledged.getOrDefault(document + "|" + owner, List.of());
				List<String> stored = new ArrayList<>();
				JsonObject set = curator.call("annotationSet", document, owner).getAsJsonObject();
				if (set.has("annotations")) {
					set.getAsJsonArray("annotations").forEach(a -> stored.add(a.getAsJsonObject().get("id").getAsString()));
				}
				assertEquals(expected, stored, "every acknowledged edit of " + document + " " + owner
						+ " exactly once, in order, and nothing else");
				Map<String, Integer> created = new HashMap<>();
				for (JsonElement entry : curator.call("audit", document, owner).getAsJsonArray()) {
					JsonObject e = entry.getAsJsonObject();
					if ("CREATE".equals(e.get("action").getAsString())) {
						created.merge(e.get("annotationId").getAsString(), 1, Integer::sum);
					}
				}
				for (String id : expected) {
					assertEquals(1, created.getOrDefault(id, 0), "audit of " + id);
				}
				checked += expected.size();
			}
		}
		assertEquals(total, checked);
		System.out.printf("kill -9 under load: %d edits acknowledged before the kill, %d failed sends while down,"
				+ " %d acknowledged in all, each stored and audited once%n", beforeKill, unreachable.get(), total);
	}

	private static int count(Map<String, List<String>> acknowledged) {
		return acknowledged.values().stream().mapToInt(List::size).sum();
	}

	/** The team on the data folder before the server starts, with the CLI as an administrator would. */
	private void prepare(Path data) throws IOException, InterruptedException {
		Product.Run imported = cli(Map.of(), data, "import", Product.directory().resolve("seeds").toString(),
				"--project", "Crash");
		assertEquals(0, imported.exitCode(), imported.err());
		List<String> users = new ArrayList<>(ANNOTATORS);
		users.add(CURATOR);
		for (String user : users) {
			Product.Run added = cli(Map.of("SANAD_NEW_PASSWORD", user + "-password"), data, "users", "add", user);
			assertEquals(0, added.exitCode(), added.err());
			String role = user.equals(CURATOR) ? "curator" : "annotator";
			assertEquals(0, cli(Map.of(), data, "members", "--project", "Crash", "--add", user, "--role", role)
					.exitCode());
			if (!user.equals(CURATOR)) {
				assertEquals(0, cli(Map.of(), data, "assign", "--project", "Crash", "--user", user, "--all").exitCode());
			}
		}
	}

	/**
	 * Moves the prepared store to a new PostgreSQL database (checking that a second run changes
	 * nothing and that the accounts arrived) and returns the options that serve it from there.
	 */
	private String[] onPostgreSQL(Path data) throws Exception {
		Assumptions.assumeTrue(TestDatabase.configured(), TestDatabase.SKIPPED);
		database = TestDatabase.create();
		Product.Run moved = cli(Map.of(), data, "store", "migrate", "--from", "h2:" + data, "--to", database.address);
		assertEquals(0, moved.exitCode(), moved.err());
		assertTrue(moved.out().startsWith("Copied and verified"), moved.out());
		assertTrue(moved.out().contains("| document | 10 |"), moved.out()); // the seeds and the five of "Crash"
		Product.Run again = cli(Map.of(), data, "store", "migrate", "--from", "h2:" + data, "--to", database.address);
		assertEquals(0, again.exitCode(), again.err());
		assertTrue(again.out().startsWith("Nothing to do"), again.out());
		Product.Run users = cli(Map.of(), data, "users", "list", "--store", database.address);
		assertEquals(0, users.exitCode(), users.err());
		assertTrue(users.out().contains(CURATOR) && users.out().contains("a4"), users.out());
		return new String[] { "--http", "--store", database.address };
	}

	private static Product.Run cli(Map<String, String> environment, Path data, String... args)
			throws IOException, InterruptedException {
		List<String> all = new ArrayList<>(List.of("--data", data.toString()));
		all.addAll(List.of(args));
		return Product.run(environment, List.of("SANAD_SERVER", "SANAD_DATA"), all.toArray(String[]::new));
	}
}
