package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sanad plugins}: p2 runs inside the installed product, from the headless configuration,
 * and reads the installation's profile (the product Tycho installed with p2).
 */
class PluginCommandsTest {

	/** The first seed's title, as the corpus explorer shows it. */
	private static final String SEED = "ومع تصاعد التوترات مع إيران، تستأنف الولايات المتحدة المحادثات مع العراق بشأن وجود القوات";

	@TempDir
	Path data;

	@Test
	void listShowsTheProductFromTheInstallationsP2Profile() throws Exception {
		Product.Run run = Product.run(data, "plugins", "list");
		assertEquals(0, run.exitCode(), run.err());
		List<String> lines = run.out().lines().toList();
		assertEquals(1, lines.size(), "nothing but the product is installed yet: " + run.out());
		assertTrue(lines.get(0).matches("org\\.sanad\\.product\\s+0\\.1\\.0\\.\\d+\\s+the product"), lines.get(0));
		String headless = Files.readString(Product.directory().resolve("configuration/headless/config.ini"));
		assertTrue(headless.contains("eclipse.p2.data.area=@config.dir/../../p2"),
				"the headless configuration finds the installation's p2 folder: " + headless);
	}

	/**
	 * The example plugin, built by its own Tycho build against the p2 repository this build made
	 * (as a third party builds it), installed from its ZIP into an unpacked copy of the product
	 * archive: its command runs after the restart, uninstall removes it, revert brings it back.
	 */
	@Test
	void theExamplePluginBuiltOutsideTheReactorInstallsRunsUninstallsAndComesBackWithRevert() throws Exception {
		Path root = Path.of(System.getProperty("sanad.repository.dir")).toAbsolutePath().normalize();
		Path repository = root.resolve("releng/org.sanad.product/target/repository");
		Path example = root.resolve("releng/examples/gazetteer-plugin");
		build(root, example, repository);
		Path zip;
		try (var zips = Files.list(example.resolve("repository/target"))) {
			zip = zips.filter(f -> f.toString().endsWith(".zip")).findFirst().orElseThrow();
		}
		Path product = unpackedProduct(root);

		Product.Run install = sanad(product, "plugins", "install", zip.toString());
		assertEquals(0, install.exitCode(), install.err());
		assertTrue(install.out().contains("Installed org.example.sanad.gazetteer.feature.feature.group"), install.out());
		assertTrue(sanad(product, "plugins", "list").out().contains("Gazetteer (an example Sanad plugin)"));

		Path words = data.resolve("words.txt");
		Files.writeString(words, "العراق\nالبنتاغون\n", StandardCharsets.UTF_8);
		Product.Run found = sanad(product, "gazetteer", "--project", "Seeds", words.toString());
		assertEquals(0, found.exitCode(), found.err());
		List<String> places = found.out().lines().toList();
		assertTrue(places.size() > 5, found.out());
		for (String place : places) {
			String[] columns = place.split("\t");
			assertTrue(List.of("العراق", "البنتاغون").contains(columns[3]), place);
			assertEquals(columns[3].length(), Integer.parseInt(columns[2]) - Integer.parseInt(columns[1]), place);
		}

		Product.Run uninstall = sanad(product, "plugins", "uninstall", "org.example.sanad.gazetteer.feature.feature.group");
		assertEquals(0, uninstall.exitCode(), uninstall.err());
		assertEquals(2, sanad(product, "gazetteer", "--project", "Seeds", words.toString()).exitCode(),
				"its command is gone after the restart");
		assertTrue(!sanad(product, "plugins", "list").out().contains("gazetteer"));

		Product.Run revert = sanad(product, "plugins", "revert", zip.toString());
		assertEquals(0, revert.exitCode(), revert.err());
		assertTrue(revert.out().contains("Reverted: uninstall org.example.sanad.gazetteer"), revert.out());
		assertEquals(0, sanad(product, "gazetteer", "--project", "Seeds", words.toString()).exitCode(), "back");
		assertTrue(sanad(product, "plugins", "revert", zip.toString()).out().contains("Reverted: install"),
				"the next revert undoes the install");
		Product.Run nothing = sanad(product, "plugins", "revert");
		assertEquals(1, nothing.exitCode());
		assertTrue(nothing.err().contains("Nothing to revert"), nothing.err());

		Product.Run missing = sanad(product, "plugins", "install", zip.toString(), "org.example.no.such.unit");
		assertEquals(1, missing.exitCode());
		assertTrue(missing.err().contains("has no unit org.example.no.such.unit") && !missing.err().contains("\tat "),
				missing.err());
	}

	/**
	 * The example's pre-annotator at work in the installed product: a word list given with
	 * {@code gazetteer --use}, its suggestions in the editor under Xvfb, one accepted with N and
	 * Enter and so stored in the annotator's set; the plugin's menu contribution (an e4 model
	 * fragment) runs; once curated into gold, what the annotator labelled by hand is proposed in
	 * the other documents.
	 */
	@Test
	void theGazettersSuggestionsAppearInTheEditorAnAcceptedOneIsStoredAndGoldFormsAreProposedElsewhere()
			throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DISPLAY") != null,
				"needs a display: run through ./test, which provides Xvfb");
		Path root = Path.of(System.getProperty("sanad.repository.dir")).toAbsolutePath().normalize();
		Path example = root.resolve("releng/examples/gazetteer-plugin");
		build(root, example, root.resolve("releng/org.sanad.product/target/repository"));
		Path product = unpackedProduct(root);
		assertEquals(0, sanad(product, "plugins", "install", example.resolve("repository/target/repository").toString())
				.exitCode());

		Path wrong = Files.writeString(data.resolve("wrong.tsv"), "# places\nالعراق\tCOUNTRY\n", StandardCharsets.UTF_8);
		Product.Run refused = sanad(product, "gazetteer", "--project", "Seeds", "--use", wrong.toString());
		assertEquals(1, refused.exitCode());
		assertTrue(refused.err().contains("wrong.tsv, line 2: the schema has no entity label COUNTRY"), refused.err());
		Path words = Files.writeString(data.resolve("words.tsv"), "# places\nالعراق\tGPE\nإيران\tGPE\n",
				StandardCharsets.UTF_8);
		Product.Run use = sanad(product, "gazetteer", "--project", "Seeds", "--use", words.toString());
		assertEquals(0, use.exitCode(), use.err());
		assertTrue(use.out().contains("The editor now suggests 2 of 2 phrases in Seeds"), use.out());

		UiScriptRun run = UiScriptRun.runIn(product, data.resolve("data"), data.resolve("scripts"), "amal",
				"await explorer.tree",
				"open-item explorer.tree " + SEED,
				"await editor.text",
				"await-text status.message suggestions (gazetteer) · N next · Enter accept",
				"screenshot suggestions.png",
				"focus editor.text",
				"key n",
				"await-text status.message Suggestion GPE (gazetteer: in the word list)",
				"key enter",
				"await-text status.message Accepted GPE from gazetteer",
				"select editor.text البنتاغون",
				"key 2",
				"await-text status.message Labelled ORG",
				"pause 500",
				"screenshot accepted.png",
				"command org.example.sanad.gazetteer.command.wordlists",
				"await-text gazetteer.summary Seeds: 2 phrases",
				"screenshot-dialog gazetteer-word-lists.png",
				"key escape",
				"report after.properties");
		run.keep("suggestions.png");
		run.keep("accepted.png");
		run.keep("gazetteer-word-lists.png");

		Path out = data.resolve("amal");
		Product.Run export = sanad(product, "export", "--project", "Seeds", "--format", "jsonl", "--set", "amal",
				"--out", out.toString());
		assertEquals(0, export.exitCode(), export.err());
		String stored = Files.readString(out.resolve("documents.jsonl"));
		assertTrue(java.util.regex.Pattern.compile("\"text\":\"(العراق|إيران)\",\"label\":\"GPE\"").matcher(stored).find(),
				"the accepted suggestion is in amal's set: " + stored);
		assertTrue(stored.contains("\"text\":\"البنتاغون\",\"label\":\"ORG\""), stored);
		assertEquals(2, stored.split("\"label\":").length - 1, "nothing else was written: " + stored);

		Product.Run curate = sanad(product, "curate", "--project", "Seeds", "--strategy", "unanimous",
				"--min-annotators", "1");
		assertEquals(0, curate.exitCode(), curate.err());
		Product.Run proposed = sanad(product, "gazetteer", "--project", "Seeds", "--propose");
		assertEquals(0, proposed.exitCode(), proposed.err());
		List<String[]> fromGold = proposed.out().lines().map(l -> l.split("\t"))
				.filter(c -> c[5].equals("labelled so in the gold set")).toList();
		assertTrue(fromGold.stream().anyMatch(c -> c[3].equals("ORG") && c[4].equals("البنتاغون")), proposed.out());
		assertTrue(fromGold.stream().map(c -> c[0]).distinct().count() >= 2,
				"a form labelled once in one document is proposed in others: " + proposed.out());
		for (String line : proposed.out().lines().toList()) {
			String[] c = line.split("\t");
			assertEquals(c[4].length(), Integer.parseInt(c[2]) - Integer.parseInt(c[1]), line);
		}
	}

	/** A repository on the web, read through p2's transport (ECF) from a real HTTP server on loopback. */
	@Test
	void aRepositoryOnTheWebInstallsThroughP2sTransport() throws Exception {
		Path root = Path.of(System.getProperty("sanad.repository.dir")).toAbsolutePath().normalize();
		Path example = root.resolve("releng/examples/gazetteer-plugin");
		build(root, example, root.resolve("releng/org.sanad.product/target/repository"));
		Path product = unpackedProduct(root);
		var server = com.sun.net.httpserver.SimpleFileServer.createFileServer(
				new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0),
				example.resolve("repository/target/repository"), com.sun.net.httpserver.SimpleFileServer.OutputLevel.NONE);
		server.start();
		try {
			String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
			Product.Run https = sanad(product, "plugins", "install", url);
			assertEquals(1, https.exitCode(), "p2 asks for https where a URL says http, unless told otherwise");
			assertTrue(https.err().contains("Cannot read the repository " + url), https.err());
			Product.Run install = Product.runIn(product, Map.of("SANAD_JAVA_OPTS", "-Dp2.httpRule=allow"),
					List.of("SANAD_SERVER", "SANAD_DATA"), "--data", data.resolve("data").toString(), "plugins",
					"install", url);
			assertEquals(0, install.exitCode(), install.err());
			assertTrue(install.out().contains("Installed org.example.sanad.gazetteer.feature.feature.group"));
			assertEquals(0, sanad(product, "gazetteer", "--project", "Seeds", "/dev/null").exitCode());
		} finally {
			server.stop(0);
		}
	}

	/** Help > Install Plugins...: a ZIP, the plugins it offers, a resolution report, the install. */
	@Test
	void helpInstallPluginsShowsWhatARepositoryOffersChecksItAndInstalls() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DISPLAY") != null,
				"needs a display: run through ./test, which provides Xvfb");
		Path root = Path.of(System.getProperty("sanad.repository.dir")).toAbsolutePath().normalize();
		Path example = root.resolve("releng/examples/gazetteer-plugin");
		build(root, example, root.resolve("releng/org.sanad.product/target/repository"));
		Path zip;
		try (var zips = Files.list(example.resolve("repository/target"))) {
			zip = zips.filter(f -> f.toString().endsWith(".zip")).findFirst().orElseThrow();
		}
		Path product = unpackedProduct(root);
		UiScriptRun run = UiScriptRun.runIn(product, data.resolve("data"), data.resolve("scripts"), "amal",
				"await explorer.tree",
				"command org.sanad.ui.plugins.command.install",
				"await plugins.repository",
				"type plugins.repository " + zip,
				"click plugins.load",
				"await-text plugins.status 1 plugin offered",
				"click plugins.check",
				"await-text plugins.status Nothing is missing",
				"await-text plugins.report org.example.sanad.gazetteer 1.0.0",
				"screenshot-dialog install-plugins.png",
				"click plugins.install",
				"await-text plugins.status Installed 1 plugin: Gazetteer (an example Sanad plugin) 1.0.0",
				"screenshot-dialog installed-plugins.png",
				"click-opening plugins.close",
				"pause 1500",
				"screenshot-dialog restart-question.png",
				"key escape",
				"pause 500",
				"report after.properties");
		run.keep("install-plugins.png");
		run.keep("installed-plugins.png");
		assertTrue(sanad(product, "plugins", "list").out().contains("Gazetteer (an example Sanad plugin)"),
				"installed, and known to the command line");
		assertEquals(0, sanad(product, "gazetteer", "--project", "Seeds", "/dev/null").exitCode());
	}

	/**
	 * A plugin that needs a package the installation does not have (here: the example with one
	 * more import) is refused before anything changes, naming what is missing, and Sanad starts
	 * as before.
	 */
	@Test
	void aPluginWhoseDependencyIsMissingIsRefusedNamingItAndSanadStillStarts() throws Exception {
		Path root = Path.of(System.getProperty("sanad.repository.dir")).toAbsolutePath().normalize();
		Path example = data.resolve("broken-plugin");
		copy(root.resolve("releng/examples/gazetteer-plugin"), example);
		Path manifest = example.resolve("bundles/org.example.sanad.gazetteer/META-INF/MANIFEST.MF");
		Files.writeString(manifest, Files.readString(manifest).replace("Import-Package: ",
				"Import-Package: org.example.not.installed;version=\"[1.0,2)\",\n "));
		// the package is there to build against, but not in the feature, so not in the repository
		Path library = example.resolve("bundles/org.example.not.installed");
		Files.createDirectories(library.resolve("META-INF"));
		Files.createDirectories(library.resolve("src/org/example/not/installed"));
		Files.writeString(library.resolve("META-INF/MANIFEST.MF"), String.join("\n", "Manifest-Version: 1.0",
				"Bundle-ManifestVersion: 2", "Bundle-SymbolicName: org.example.not.installed",
				"Bundle-Version: 1.0.0.qualifier", "Bundle-RequiredExecutionEnvironment: JavaSE-21",
				"Export-Package: org.example.not.installed;version=\"1.0.0\"", ""));
		Files.writeString(library.resolve("src/org/example/not/installed/Nothing.java"),
				"package org.example.not.installed;\n\npublic final class Nothing {\n}\n");
		Files.writeString(library.resolve("build.properties"), "source.. = src/\nbin.includes = META-INF/,.\n");
		Files.writeString(library.resolve("pom.xml"), Files.readString(example.resolve(
				"bundles/org.example.sanad.gazetteer/pom.xml")).replace("org.example.sanad.gazetteer",
						"org.example.not.installed"));
		Path parent = example.resolve("pom.xml");
		Files.writeString(parent, Files.readString(parent).replace("<modules>",
				"<modules>\n    <module>bundles/org.example.not.installed</module>"));
		build(root, example, root.resolve("releng/org.sanad.product/target/repository"));
		Path product = unpackedProduct(root);

		Product.Run refused = sanad(product, "plugins", "install", example.resolve("repository/target/repository")
				.toString());
		assertEquals(1, refused.exitCode(), refused.out());
		assertTrue(refused.err().contains("Missing requirement") && refused.err().contains("org.example.not.installed"),
				refused.err());
		assertEquals(1, refused.err().lines().count(), "one line: " + refused.err());
		Product.Run list = sanad(product, "plugins", "list");
		assertEquals(0, list.exitCode(), list.err());
		assertEquals(1, list.out().lines().count(), "nothing was installed: " + list.out());
		assertEquals(0, sanad(product, "stats").exitCode(), "Sanad starts as before");
	}

	private static void copy(Path from, Path to) throws IOException {
		try (var all = Files.walk(from)) {
			for (Path source : all.filter(p -> !p.toString().contains("/target")).toList()) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else if (!source.getFileName().toString().equals("build.log")) {
					Files.copy(source, target);
				}
			}
		}
	}

	/** Builds the example as a third party would: its own Maven build, Sanad's repository as its only p2 source. */
	private static void build(Path root, Path example, Path repository) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "-B", "-ntp", "-q", "-f",
				example.resolve("pom.xml").toString(), "-Dsanad.repository=" + repository.toUri(), "clean", "package"));
		Process maven = new ProcessBuilder(command).directory(example.toFile()).redirectErrorStream(true)
				.redirectOutput(example.resolve("build.log").toFile()).start();
		assertTrue(maven.waitFor(10, TimeUnit.MINUTES), "the example's build ended");
		assertEquals(0, maven.exitValue(), () -> "the example's build: " + read(example.resolve("build.log")));
	}

	private Path unpackedProduct(Path root) throws IOException, InterruptedException {
		Path archive;
		try (var archives = Files.list(root.resolve("releng/org.sanad.product/target/products"))) {
			archive = archives.filter(f -> f.getFileName().toString().endsWith("linux.gtk.x86_64.tar.gz")).findFirst()
					.orElseThrow();
		}
		Path into = data.resolve("installed");
		Files.createDirectories(into);
		Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", into.toString()).inheritIO().start();
		assertEquals(0, tar.waitFor());
		return into.resolve("sanad");
	}

	private Product.Run sanad(Path product, String... args) throws IOException, InterruptedException {
		List<String> all = new ArrayList<>(List.of("--data", data.resolve("data").toString()));
		all.addAll(List.of(args));
		return Product.runIn(product, Map.of(), List.of("SANAD_SERVER", "SANAD_DATA"), all.toArray(String[]::new));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return e.toString();
		}
	}

	@Test
	void anUnknownActionIsAUsageErrorInOneLine() throws Exception {
		Product.Run run = Product.run(data, "plugins", "lst");
		assertEquals(2, run.exitCode(), run.err());
		assertTrue(run.err().contains("say what to do: list"), run.err());
		assertTrue(!run.err().contains("\tat "), "no stack trace: " + run.err());
	}
}
