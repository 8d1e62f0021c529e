package org.sanad.readers.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The materialized product, run through its own start script on a data folder. */
final class SanadProduct {

	private SanadProduct() {
	}

	/** Runs {@code sanad --data DATA ARGS...} and fails with its output unless it exits 0. */
	static String run(Path data, String... args) throws IOException, InterruptedException {
		String dir = System.getProperty("sanad.product.dir");
		if (dir == null || !Files.isExecutable(Path.of(dir, "sanad"))) {
			throw new IllegalStateException("No product at " + dir + ": build the reactor first");
		}
		List<String> command = new ArrayList<>(List.of(Path.of(dir, "sanad").toString(), "--data", data.toString()));
		command.addAll(List.of(args));
		Path log = Files.createTempFile("sanad", ".log");
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
			if (!process.waitFor(180, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError(String.join(" ", args) + " did not end in 180 s");
			}
			String output = Files.readString(log, StandardCharsets.UTF_8);
			if (process.exitValue() != 0) {
				throw new AssertionError("sanad " + String.join(" ", args) + " exited " + process.exitValue() + ":\n" + output);
			}
			return output;
		} finally {
			Files.delete(log);
		}
	}
}
