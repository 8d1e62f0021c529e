package org.sanad.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The materialized product, started through its own {@code sanad} script as a user would. */
final class Product {

	/** What one run printed and how it ended. */
	record Run(int exitCode, String out, String err) {
	}

	private static final long TIMEOUT_SECONDS = 180;

	static Path directory() {
		String dir = System.getProperty("sanad.product.dir");
		if (dir == null) {
			throw new IllegalStateException("sanad.product.dir is not set: run through Maven");
		}
		Path path = Path.of(dir);
		if (!Files.isExecutable(path.resolve("sanad"))) {
			throw new IllegalStateException("No product at " + path + ": build the reactor first");
		}
		return path;
	}

	static Run run(Map<String, String> environment, List<String> unsetEnvironment, String... args)
			throws IOException, InterruptedException {
		return runIn(directory(), environment, unsetEnvironment, args);
	}

	/** Runs the {@code sanad} script of another product folder (an unpacked copy of the archive). */
	static Run runIn(Path product, Map<String, String> environment, List<String> unsetEnvironment, String... args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(product.resolve("sanad").toString());
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		unsetEnvironment.forEach(builder.environment()::remove);
		builder.environment().putAll(environment);
		Path out = Files.createTempFile("sanad-out", ".txt");
		Path err = Files.createTempFile("sanad-err", ".txt");
		builder.redirectOutput(out.toFile()).redirectError(err.toFile());
		Process process = builder.start();
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			String threads = threadDump(process);
			process.destroyForcibly();
			throw new AssertionError("sanad " + String.join(" ", args) + " did not end in " + TIMEOUT_SECONDS
					+ " s; its threads:\n" + threads + "\nerror output:\n" + Files.readString(err, StandardCharsets.UTF_8));
		}
		try {
			return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
					Files.readString(err, StandardCharsets.UTF_8));
		} finally {
			Files.delete(out);
			Files.delete(err);
		}
	}

	/** @return the threads of the process's Java descendants (the launcher script starts one), for a hang */
	private static String threadDump(Process process) {
		Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
		StringBuilder dump = new StringBuilder();
		process.toHandle().descendants().forEach(child -> {
			try {
				Process print = new ProcessBuilder(jcmd.toString(), Long.toString(child.pid()), "Thread.print")
						.redirectErrorStream(true).start();
				String text = new String(print.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				if (print.waitFor(30, TimeUnit.SECONDS) && text.contains("\"main\"")) {
					dump.append(text);
				}
			} catch (IOException e) {
				dump.append("(no thread dump of ").append(child.pid()).append(": ").append(e.getMessage()).append(")\n");
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		return dump.toString();
	}

	static Run run(Path data, String... args) throws IOException, InterruptedException {
		List<String> all = new ArrayList<>(List.of("--data", data.toString()));
		all.addAll(List.of(args));
		return run(Map.of(), List.of(), all.toArray(String[]::new));
	}

	private Product() {
	}
}
