package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The workbench as a team client: File > Connect to Server... signs an annotator in to a real
 * {@code sanad serve}; the explorer shows the documents assigned to her, she annotates one, and
 * the annotation is in the server's store as hers; Work Locally goes back to her own data folder.
 */
class TeamWorkbenchTest {

	private static final String SEED = "ومع تصاعد التوترات مع إيران، تستأنف الولايات المتحدة المحادثات مع العراق بشأن وجود القوات";

	@TempDir
	Path work;

	private ServeProcess server;

	@AfterEach
	void stopServer() throws InterruptedException {
		if (server != null) {
			server.close();
		}
	}

	@Test
	void anAnnotatorConnectsSeesHerAssignmentAnnotatesAndGoesBackToWorkingLocally() throws Exception {
		assumeTrue(System.getenv("DISPLAY") != null, "needs a display: run through ./test, which provides Xvfb");
		String url = startTeam("amal");
		admin(url, Map.of(), "members", "--project", "Raids", "--add", "amal", "--role", "annotator");
		String seedId = seedId(url);
		admin(url, Map.of(), "assign", "--project", "Raids", "--user", "amal", "--documents", seedId);

		UiScriptRun run = UiScriptRun.run(work.resolve("amal"), work.resolve("scripts"), "amal",
				"await explorer.tree",
				"command org.sanad.ui.team.command.connect",
				"await connect.url",
				"type connect.url " + url,
				"type connect.user amal",
				"type connect.password amal-password",
				"screenshot-dialog connect.png",
				"click connect.ok",
				"select-item explorer.tree Raids",
				"report connected.properties",
				"open-item explorer.tree " + SEED,
				"await editor.text",
				"select-inside editor.text باتريك",
				"key 1",
				"pause 3000",
				"screenshot connected.png",
				"command org.sanad.ui.team.command.local",
				"select-item explorer.tree Seeds",
				"report local.properties");
		run.keep("connect.png");
		run.keep("connected.png");

		Properties connected = run.report("connected.properties");
		assertEquals("Sanad — amal @ " + url, connected.getProperty("window.title"));
		String tree = connected.getProperty("explorer.tree");
		assertTrue(tree.contains("Raids") && tree.contains(SEED), tree);
		assertFalse(tree.contains("Seeds"), "the local projects are not the server's: " + tree);
		String columns = connected.getProperty("explorer.tree.columns");
		assertTrue(columns.contains("| amal: new"), "her assignment, in the Assigned column: " + columns);
		assertEquals(1, tree.lines().filter(l -> !l.contains("Raids")).filter(l -> !l.isBlank()).count(),
				"only her assigned document: " + tree);

		Properties local = run.report("local.properties");
		assertEquals("Sanad — amal", local.getProperty("window.title"));
		assertTrue(local.getProperty("explorer.tree").contains("Seeds"), local.getProperty("explorer.tree"));

		Path exported = work.resolve("export");
		Product.Run export = admin(url, Map.of(), "export", "--project", "Raids", "--format", "jsonl", "--set", "amal",
				"--out", exported.toString());
		assertEquals(0, export.exitCode(), export.err());
		String lines = Files.readString(exported.resolve("documents.jsonl"));
		assertTrue(lines.contains("\"text\":\"باتريك"), "her annotation is on the server: " + lines);
	}

	@Test
	void anEditRefusedForALabelRenamedMeanwhileIsRelabelledInTheEditorAndStored() throws Exception {
		assumeTrue(System.getenv("DISPLAY") != null, "needs a display: run through ./test, which provides Xvfb");
		String url = startTeam("amal");
		admin(url, Map.of(), "members", "--project", "Raids", "--add", "amal", "--role", "annotator");
		String seedId = seedId(url);
		admin(url, Map.of(), "assign", "--project", "Raids", "--user", "amal", "--documents", seedId);

		Path scripts = work.resolve("scripts");
		// the administrator renames PER once amal's editor is open with the schema as it was
		java.util.concurrent.CompletableFuture<Product.Run> rename = java.util.concurrent.CompletableFuture
				.supplyAsync(() -> {
					try {
						while (!Files.exists(scripts.resolve("opened"))) {
							Thread.sleep(200);
						}
						Product.Run renamed = admin(url, Map.of(), "schema", "rename-label", "--project", "Raids",
								"PER", "PERSON");
						Files.writeString(scripts.resolve("renamed"), "");
						return renamed;
					} catch (IOException | InterruptedException e) {
						throw new IllegalStateException(e);
					}
				});
		UiScriptRun run = UiScriptRun.run(work.resolve("amal"), scripts, "amal",
				"await explorer.tree",
				"command org.sanad.ui.team.command.connect",
				"await connect.url",
				"type connect.url " + url,
				"type connect.user amal",
				"type connect.password amal-password",
				"click connect.ok",
				"select-item explorer.tree Raids",
				"open-item explorer.tree " + SEED,
				"await editor.text",
				"await editor.palette",
				"mark opened",
				"await-file renamed",
				"select-inside editor.text باتريك",
				"key 1",
				"await status.relabel",
				"await-text status.commits 'PER' is not in the project's schema",
				"screenshot refused.png",
				"click-opening status.relabel",
				"await relabel.name",
				"choose-text relabel.name PERSON",
				"screenshot-dialog relabel.png",
				"click relabel.ok",
				"await-text status.commits All edits saved",
				"screenshot relabelled.png",
				"report relabelled.properties");
		run.keep("refused.png");
		run.keep("relabel.png");
		run.keep("relabelled.png");
		assertEquals(0, rename.get().exitCode(), rename.get().err());

		Properties relabelled = run.report("relabelled.properties");
		assertTrue(relabelled.getProperty("status.message").contains("relabelled as 'PERSON'"), relabelled.toString());
		assertTrue(relabelled.getProperty("editor.palette").startsWith("1 PERSON | 2 ORG"),
				"the palette follows the schema read again: " + relabelled.getProperty("editor.palette"));
		Path exported = work.resolve("export");
		assertEquals(0, admin(url, Map.of(), "export", "--project", "Raids", "--format", "jsonl", "--set", "amal",
				"--out", exported.toString()).exitCode());
		String lines = Files.readString(exported.resolve("documents.jsonl"));
		assertTrue(lines.contains("\"label\":\"PERSON\"") && lines.contains("\"text\":\"باتريك"),
				"her edit reached the server with the new name: " + lines);
		assertFalse(lines.contains("\"label\":\"PER\""), lines);
	}

	@Test
	void twoAnnotatorsInTwoWorkbenchesAtOnceAndACuratorOnTheCommandLineShareOneServer() throws Exception {
		assumeTrue(System.getenv("DISPLAY") != null, "needs a display: run through ./test, which provides Xvfb");
		String url = startTeam("amal", "badr", "carla");
		admin(url, Map.of(), "members", "--project", "Raids", "--add", "carla", "--role", "curator");
		String seedId = seedId(url);
		Map<String, String> curator = Map.of("SANAD_USER", "carla", "SANAD_PASSWORD", "carla-password");
		for (String user : List.of("amal", "badr")) {
			admin(url, Map.of(), "members", "--project", "Raids", "--add", user, "--role", "annotator");
			assertEquals(0, admin(url, curator, "assign", "--project", "Raids", "--user", user, "--documents", seedId)
					.exitCode(), "the curator hands out the document");
		}

		java.util.concurrent.CompletableFuture<UiScriptRun> amal = annotateAt(url, "amal", "باتريك", "1");
		java.util.concurrent.CompletableFuture<UiScriptRun> badr = annotateAt(url, "badr", "العراق", "3");
		UiScriptRun amalRun = amal.get();
		UiScriptRun badrRun = badr.get();
		amalRun.keep("amal-team.png");
		badrRun.keep("badr-team.png");
		assertTrue(amalRun.report("amal.properties").getProperty("status.commits").contains("All edits saved"));
		assertTrue(badrRun.report("badr.properties").getProperty("status.commits").contains("All edits saved"));

		Path exported = work.resolve("export-all");
		Product.Run export = admin(url, curator, "export", "--project", "Raids", "--format", "jsonl", "--set", "all",
				"--out", exported.toString());
		assertEquals(0, export.exitCode(), export.err());
		String amalLines = Files.readString(exported.resolve("amal").resolve("documents.jsonl"));
		String badrLines = Files.readString(exported.resolve("badr").resolve("documents.jsonl"));
		assertTrue(amalLines.contains("\"label\":\"PER\"") && amalLines.contains("\"text\":\"باتريك"), amalLines);
		assertTrue(badrLines.contains("\"label\":\"GPE\"") && badrLines.contains("\"text\":\"العراق"), badrLines);
		assertFalse(amalLines.contains("\"label\":\"GPE\""), "each annotator's own set: " + amalLines);
		Product.Run status = admin(url, curator, "assign", "--project", "Raids");
		assertEquals(List.of("amal in-progress", "badr in-progress"), status.out().lines().skip(1)
				.map(l -> l.split("\\s{2,}")).map(c -> c[2] + " " + c[3]).sorted().toList(),
				"the curator sees both at work: " + status.out() + status.err());
	}

	/** A workbench signed in as {@code user} that labels the first {@code word} of the seed with {@code key}. */
	private java.util.concurrent.CompletableFuture<UiScriptRun> annotateAt(String url, String user, String word,
			String key) {
		return java.util.concurrent.CompletableFuture.supplyAsync(() -> {
			try {
				return UiScriptRun.run(work.resolve(user), work.resolve("scripts-" + user), user,
						"await explorer.tree",
						"command org.sanad.ui.team.command.connect",
						"await connect.url",
						"type connect.url " + url,
						"type connect.user " + user,
						"type connect.password " + user + "-password",
						"click connect.ok",
						"select-item explorer.tree Raids",
						"open-item explorer.tree " + SEED,
						"await editor.palette",
						"select-inside editor.text " + word,
						"key " + key,
						"await-text status.commits All edits saved",
						"screenshot " + user + "-team.png",
						"report " + user + ".properties");
			} catch (IOException | InterruptedException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	@Test
	void anAdministratorGivesRolesInProjectSettingsAndTheServerKeepsThem() throws Exception {
		assumeTrue(System.getenv("DISPLAY") != null, "needs a display: run through ./test, which provides Xvfb");
		String url = startTeam("carla");

		UiScriptRun run = UiScriptRun.run(work.resolve("admin-workbench"), work.resolve("scripts"), "admin",
				"await explorer.tree",
				"command org.sanad.ui.team.command.connect",
				"await connect.url",
				"type connect.url " + url,
				"type connect.user admin",
				"type connect.password admin-password",
				"click connect.ok",
				"select-item explorer.tree Raids",
				"command org.sanad.ui.project.command.settings",
				"await-text settings.heading Raids",
				"tab settings.tabs Members",
				"type settings.member carla",
				"choose-text settings.role curator",
				"click settings.giverole",
				"await-text settings.status carla is curator.",
				"type settings.member nobody",
				"click settings.giverole",
				"await-text settings.status There is no account 'nobody'",
				"screenshot members.png",
				"report members.properties");
		run.keep("members.png");

		String table = run.report("members.properties").getProperty("settings.members");
		assertTrue(table.contains("carla") && table.contains("curator"), table);
		assertTrue(table.contains("admin") && table.contains("administrator"), "the creator of the project: " + table);
		Product.Run members = admin(url, Map.of(), "members", "--project", "Raids");
		assertTrue(members.out().contains("carla                curator"), members.out());
	}

	/**
	 * Starts {@code sanad serve} (plain HTTP on loopback) with a password for admin, the accounts
	 * named (password NAME-password) and the seeds imported as project Raids.
	 *
	 * @return the server's URL
	 */
	private String startTeam(String... users) throws IOException, InterruptedException {
		server = ServeProcess.start(work.resolve("server"), "--http");
		String url = server.url;
		Product.Run passwd = Product.run(Map.of("SANAD_NEW_PASSWORD", "admin-password"), List.of(), "--data",
				work.resolve("server").toString(), "users", "passwd", "admin");
		assertEquals(0, passwd.exitCode(), passwd.err());
		for (String user : users) {
			assertEquals(0, admin(url, Map.of("SANAD_NEW_PASSWORD", user + "-password"), "users", "add", user)
					.exitCode());
		}
		assertEquals(0, admin(url, Map.of(), "import", Product.directory().resolve("seeds").toString(), "--project",
				"Raids").exitCode());
		return url;
	}

	/** @return the id of the seed document about Iran in project Raids */
	private String seedId(String url) throws IOException, InterruptedException {
		return admin(url, Map.of(), "docs", "--project", "Raids").out().lines().filter(l -> l.contains("إيران"))
				.map(l -> l.split("\\s+")[0]).findFirst().orElseThrow();
	}

	private Product.Run admin(String url, Map<String, String> environment, String... args)
			throws IOException, InterruptedException {
		Map<String, String> env = new HashMap<>(Map.of("SANAD_SERVER", url, "SANAD_USER", "admin", "SANAD_PASSWORD",
				"admin-password"));
		env.putAll(environment);
		List<String> all = new ArrayList<>(List.of("--data", work.resolve("admin").toString()));
		all.addAll(List.of(args));
		return Product.run(env, List.of("SANAD_DATA"), all.toArray(String[]::new));
	}
}
