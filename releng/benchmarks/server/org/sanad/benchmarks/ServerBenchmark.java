package org.sanad.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.sanad.server.internal.LoadHarness;
import org.sanad.store.CorpusStore;
import org.sanad.store.h2.internal.H2StoreProvider;

/**
 * The team server under load: 8 annotators and a curator (two sessions) adding annotations for a
 * while through a real server over HTTPS on loopback, then the same edits on the embedded store in
 * the same run. Prints a Markdown table for docs/benchmarks.md; fails if anything acknowledged was
 * lost or doubled, or an annotator read another's set.
 */
public final class ServerBenchmark {

	public static void main(String[] args) throws Exception {
		Path work = Path.of(args[0]);
		int seconds = Integer.parseInt(args[1]);
		int annotators = Integer.parseInt(args[2]);
		Path data = Files.createTempDirectory(Files.createDirectories(work), "server-bench");
		try (CorpusStore store = new H2StoreProvider().open(data)) {
			LoadHarness.Result server = new LoadHarness(store, annotators).overServer(data, Duration.ofSeconds(seconds));
			LoadHarness.Result embedded = new LoadHarness(store, annotators).embedded(Duration.ofSeconds(seconds));
			System.out.printf("| where | edits | edits/s | p50 ms | p99 ms | conflicts | foreign reads refused / allowed "
					+ "| lost | doubled |%n|---|---|---|---|---|---|---|---|---|%n");
			for (LoadHarness.Result r : new LoadHarness.Result[] { server, embedded }) {
				System.out.printf("| %s | %d | %.0f | %.2f | %.2f | %d | %d / %d | %d | %d |%n", r.where(), r.edits(),
						r.editsPerSecond(), r.p50Micros() / 1000.0, r.p99Micros() / 1000.0, r.conflicts(),
						r.refusedForeignReads(), r.allowedForeignReads(), r.lost(), r.duplicated());
				if (r.lost() > 0 || r.duplicated() > 0 || r.allowedForeignReads() > 0 || r.edits() == 0) {
					throw new IllegalStateException("the run lost, doubled or leaked: " + r);
				}
			}
		}
	}
}
