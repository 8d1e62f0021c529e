package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Runs the real workbench with a UI script (see {@code UiScript} in the test-support bundle): the script's
 * keys and clicks go through the X server, and its reports are read back here.
 */
final class UiScriptRun {

	private final Path folder;

	private UiScriptRun(Path folder) {
		this.folder = folder;
	}

	/** Writes the script into {@code folder}, runs the workbench on {@code data} as {@code annotator}. */
	static UiScriptRun run(Path data, Path folder, String annotator, String... lines)
			throws IOException, InterruptedException {
		return runIn(Product.directory(), data, folder, annotator, lines);
	}

	/** The same, on another product folder (an unpacked copy of the archive). */
	static UiScriptRun runIn(Path product, Path data, Path folder, String annotator, String... lines)
			throws IOException, InterruptedException {
		Files.createDirectories(folder);
		Path script = folder.resolve("steps.script");
		Files.write(script, List.of(lines), StandardCharsets.UTF_8);
		Product.Run run;
		try {
			run = Product.runIn(product, Map.of("SANAD_DATA", data.toString(), "SANAD_JAVA_OPTS",
					"-Dsanad.annotator=" + annotator + " -Dsanad.script=" + script + " " + TestSupport.option(product)),
					List.of());
		} catch (AssertionError hang) {
			Path failed = folder.resolve("script-failed.txt");
			if (Files.exists(folder.resolve("script-failed.png"))) {
				new UiScriptRun(folder).keep("script-failed.png");
			}
			throw new AssertionError((Files.exists(failed) ? "the script failed, then the workbench did not close: "
					+ read(failed) : "the script did not end") + "\n" + hang.getMessage(), hang);
		}
		assertEquals(0, run.exitCode(), run.err());
		Path failed = folder.resolve("script-failed.txt");
		if (Files.exists(failed) && Files.exists(folder.resolve("script-failed.png"))) {
			new UiScriptRun(folder).keep("script-failed.png"); // to look at after the run
		}
		assertFalse(Files.exists(failed), () -> read(failed) + "\n" + run.err());
		return new UiScriptRun(folder);
	}

	/** @return a report the script wrote */
	Properties report(String name) throws IOException {
		Properties report = new Properties();
		try (Reader in = Files.newBufferedReader(folder.resolve(name), StandardCharsets.UTF_8)) {
			report.load(in);
		}
		return report;
	}

	/** Keeps a screenshot as test output, in target/screenshots. */
	Path keep(String screenshot) throws IOException {
		Path kept = Path.of(System.getProperty("sanad.screenshot.dir", "target/screenshots"));
		Files.createDirectories(kept);
		return Files.copy(folder.resolve(screenshot), kept.resolve(screenshot), StandardCopyOption.REPLACE_EXISTING);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			return e.toString();
		}
	}
}
