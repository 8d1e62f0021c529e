package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless entry point of the real product: `sanad <command>`. */
class HeadlessCommandsTest {

	@TempDir
	Path data;

	@Test
	void versionPrintsTheBundleVersionAndExitsZero() throws Exception {
		Product.Run run = Product.run(data, "version");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(Pattern.matches("Sanad \\d+\\.\\d+\\.\\d+\\.\\d{12}\\R", run.out()), run.out());
		assertEquals("", run.err());
	}

	@Test
	void helpListsTheCommands() throws Exception {
		Product.Run run = Product.run(data, "--help");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("Commands:"), run.out());
		assertTrue(run.out().matches("(?s).*\\n  version +Print Sanad's version\\n.*"), run.out());
		assertTrue(run.out().matches("(?s).*\\n  agreement +How far the annotators agree.*"), run.out());
		assertTrue(run.out().matches("(?s).*\\n  curate +Merge into the gold set.*"), run.out());
	}

	/** stderr is for what the user must read: no JVM or library notices on a command that went well. */
	@Test
	void commandsThatSucceedSayNothingOnStderr() throws Exception {
		for (String[] command : List.of(new String[] { "stats" }, new String[] { "reindex" },
				new String[] { "search", "العراق", "--project", "Seeds" }, new String[] { "version" })) {
			Product.Run run = Product.run(data, command);
			assertEquals(0, run.exitCode(), run.err());
			assertEquals("", run.err(), String.join(" ", command));
		}
	}

	@Test
	void unknownCommandExitsWithUsageCodeAndOneLine() throws Exception {
		Product.Run run = Product.run(data, "imprt");
		assertEquals(2, run.exitCode());
		assertEquals("sanad: unknown command 'imprt'. Run './sanad --help' for the list.", run.err().strip());
	}

	@Test
	void dataOptionChoosesTheDataFolder() throws Exception {
		Path chosen = data.resolve("team project");
		Product.Run run = Product.run(chosen, "version", "--verbose");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("Data folder " + chosen), run.out());
		assertTrue(Files.isDirectory(chosen));
	}

	@Test
	void environmentVariableChoosesTheDataFolderWithoutTheOption() throws Exception {
		Product.Run run = Product.run(Map.of("SANAD_DATA", data.toString()), List.of(), "version", "--verbose");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.out().contains("Data folder " + data), run.out());
	}

	@Test
	void tooOldJavaHomeFallsBackToANewerJdk() throws Exception {
		Path fakeJdk = data.resolve("jdk17");
		Files.createDirectories(fakeJdk.resolve("bin"));
		Files.writeString(fakeJdk.resolve("release"), "JAVA_VERSION=\"17.0.2\"\n");
		Path java = Files.writeString(fakeJdk.resolve("bin/java"), "#!/bin/sh\nexit 99\n");
		java.toFile().setExecutable(true);
		Product.Run run = Product.run(Map.of("JAVA_HOME", fakeJdk.toString(), "SANAD_DATA", data.toString()),
				List.of(), "version");
		assertEquals(0, run.exitCode(), run.err());
		assertTrue(run.err().contains("JAVA_HOME is Java 17; Sanad needs 21 or newer"), run.err());
	}

	@Test
	void workbenchWithoutDisplaySaysSoInOneLine() throws Exception {
		Product.Run run = Product.run(Map.of("SANAD_DATA", data.toString()), List.of("DISPLAY", "WAYLAND_DISPLAY"));
		assertEquals(1, run.exitCode());
		List<String> lines = run.err().strip().lines().toList();
		assertEquals(1, lines.size(), run.err());
		assertTrue(lines.get(0).contains("no display") && lines.get(0).contains("--help"), lines.get(0));
	}
}
