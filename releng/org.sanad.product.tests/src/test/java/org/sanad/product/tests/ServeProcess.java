package org.sanad.product.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code sanad serve} of the real product, started on a free port, with what it printed at start. */
final class ServeProcess implements AutoCloseable {

	private static final Pattern LISTENING = Pattern.compile("listening on (https?)://[^:]+:(\\d+)");

	final Process process;
	/** The lines printed, those after "Stop with" added as they come. */
	final List<String> printed;
	/** Where clients on this machine reach it, for example {@code https://127.0.0.1:40123}. */
	final String url;

	private ServeProcess(Process process, List<String> printed, String url) {
		this.process = process;
		this.printed = printed;
		this.url = url;
	}

	/** Starts {@code sanad --data DATA serve --port 0 OPTIONS} and waits until it listens; the rest is drained. */
	static ServeProcess start(Path data, String... options) throws IOException {
		List<String> command = new ArrayList<>(List.of(Product.directory().resolve("sanad").toString(), "--data",
				data.toString(), "serve", "--port", "0"));
		command.addAll(List.of(options));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		List<String> printed = new ArrayList<>();
		String url = null;
		String line;
		while ((line = out.readLine()) != null) {
			printed.add(line);
			Matcher listening = LISTENING.matcher(line);
			if (listening.find()) {
				url = listening.group(1) + "://127.0.0.1:" + listening.group(2);
			}
			if (line.startsWith("Stop with")) {
				break;
			}
		}
		if (url == null || line == null) {
			process.destroyForcibly();
			throw new AssertionError("the server did not start: " + printed);
		}
		List<String> kept = java.util.Collections.synchronizedList(printed);
		Thread drain = new Thread(() -> out.lines().forEach(kept::add), "server output");
		drain.setDaemon(true);
		drain.start();
		return new ServeProcess(process, kept, url);
	}

	/** @return what the server printed so far (its log goes to standard error) */
	String output() {
		synchronized (printed) {
			return String.join("\n", printed);
		}
	}

	/** Kills it with SIGKILL, as a power cut or the OOM killer would: no shutdown hook runs. */
	void kill() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor(30, TimeUnit.SECONDS);
	}

	/** Stops it with SIGTERM, as a service manager does. @return whether it stopped in time */
	boolean stop() throws InterruptedException {
		process.destroy();
		return process.waitFor(30, TimeUnit.SECONDS);
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive() && !stop()) {
			process.destroyForcibly();
		}
	}
}
