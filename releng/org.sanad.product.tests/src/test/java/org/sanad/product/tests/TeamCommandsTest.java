package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team on the real product: {@code sanad serve} on one data folder, an administrator, a curator
 * and an annotator working through {@code --server} from their own data folders, over HTTPS.
 */
class TeamCommandsTest {

	private static final Pattern FINGERPRINT = Pattern.compile("fingerprint: ([0-9a-f:]{95})");

	@TempDir
	Path work;

	private ServeProcess server;

	@AfterEach
	void stopServer() throws InterruptedException {
		if (server != null) {
			assertTrue(server.stop(), "the server stops on SIGTERM, as a service manager would stop it");
		}
	}

	@Test
	void anAdministratorACuratorAndAnAnnotatorWorkThroughOneServer() throws Exception {
		Path serverData = work.resolve("server");
		server = ServeProcess.start(serverData, "--host", "127.0.0.1");
		List<String> printed = server.printed;
		String url = server.url;
		String fingerprint = printed.stream().map(FINGERPRINT::matcher).filter(Matcher::find).map(m -> m.group(1))
				.findFirst().orElseThrow(() -> new AssertionError(printed.toString()));
		assertTrue(printed.stream().anyMatch(l -> l.contains("users passwd admin")), printed.toString());

		Product.Run passwd = Product.run(Map.of("SANAD_NEW_PASSWORD", "admin-password"), List.of(), "--data",
				serverData.toString(), "users", "passwd", "admin");
		assertEquals(0, passwd.exitCode(), passwd.err());

		Product.Run added = as("admin", url, Map.of("SANAD_NEW_PASSWORD", "amal-password"), "users", "add", "amal");
		assertEquals(0, added.exitCode(), added.err());
		assertTrue(added.err().contains("Pinned the certificate") && added.err().contains(fingerprint), added.err());
		assertEquals(0, as("admin", url, Map.of("SANAD_NEW_PASSWORD", "carla-password"), "users", "add", "carla")
				.exitCode());

		Product.Run imported = as("admin", url, Map.of(), "import", Product.directory().resolve("seeds").toString(),
				"--project", "Raids");
		assertEquals(0, imported.exitCode(), imported.err());
		assertTrue(imported.out().contains("Imported 5 documents"), imported.out());
		assertEquals(0, as("admin", url, Map.of(), "members", "--project", "Raids", "--add", "amal", "--role",
				"annotator").exitCode());
		Product.Run members = as("admin", url, Map.of(), "members", "--project", "Raids", "--add", "carla", "--role",
				"curator");
		assertTrue(members.out().contains("amal                 annotator"), members.out());

		List<String> ids = as("admin", url, Map.of(), "docs", "--project", "Raids").out().lines().skip(1)
				.map(l -> l.split("\\s+")[0]).toList();
		assertEquals(5, ids.size(), ids.toString());
		Product.Run assigned = as("carla", url, Map.of(), "assign", "--project", "Raids", "--user", "amal",
				"--documents", ids.get(0));
		assertEquals(0, assigned.exitCode(), assigned.err());
		assertTrue(assigned.out().contains("amal") && assigned.out().contains("new"), assigned.out());

		Product.Run amalsDocs = as("amal", url, Map.of(), "docs", "--project", "Raids");
		assertEquals(List.of(ids.get(0)), amalsDocs.out().lines().skip(1).map(l -> l.split("\\s+")[0]).toList(),
				amalsDocs.out());
		Product.Run notHers = as("amal", url, Map.of(), "show", ids.get(1));
		assertEquals(1, notHers.exitCode());
		assertTrue(notHers.err().contains("Not allowed for your account"), notHers.err());
		assertFalse(notHers.out().contains("ال"), "nothing of the text leaked");

		Product.Run wrong = as("amal", url, Map.of("SANAD_PASSWORD", "not-amals-password"), "projects");
		assertEquals(1, wrong.exitCode());
		assertTrue(wrong.err().contains("Wrong account name or password"), wrong.err());
	}

	/** Runs a command as {@code user} from that user's own data folder, the password in the environment. */
	private Product.Run as(String user, String url, Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		Map<String, String> env = new java.util.HashMap<>(Map.of("SANAD_SERVER", url, "SANAD_USER", user,
				"SANAD_PASSWORD", user + "-password"));
		env.putAll(environment);
		List<String> all = new ArrayList<>(List.of("--data", work.resolve("client-" + user).toString()));
		all.addAll(List.of(args));
		return Product.run(env, List.of("SANAD_DATA"), all.toArray(String[]::new));
	}
}
