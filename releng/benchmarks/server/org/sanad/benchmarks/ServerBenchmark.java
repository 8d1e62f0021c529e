package org.sanad.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.sanad.server.internal.LoadHarness;
import org.sanad.store.CorpusStore;
import org.sanad.store.StoreAddress;
import org.sanad.store.h2.internal.H2StoreProvider;
import org.sanad.store.postgresql.internal.PostgreSQLStoreProvider;

/**
 * The team server under load: 8 annotators and a curator (two sessions) adding annotations for a
 * while through a real server over HTTPS on loopback, then the same edits on the embedded store in
 * the same run, then one annotator alone through the server (single-annotation commits); on H2
 * and, given a postgresql:// address, on PostgreSQL. Prints a Markdown table for
 * docs/benchmarks.md; fails if anything acknowledged was lost or doubled, or an annotator read
 * another's set.
 */
public final class ServerBenchmark {

	public static void main(String[] args) throws Exception {
		Path work = Path.of(args[0]);
		int seconds = Integer.parseInt(args[1]);
		int annotators = Integer.parseInt(args[2]);
		String postgresql = args.length > 3 ? args[3] : "";
		System.out.printf("| store | where | edits | edits/s | p50 ms | p99 ms | conflicts | foreign reads refused / allowed "
				+ "| lost | doubled |%n|---|---|---|---|---|---|---|---|---|---|%n");
		Path data = Files.createTempDirectory(Files.createDirectories(work), "server-bench");
		try (CorpusStore store = new H2StoreProvider().open(data)) {
			measure("H2", store, data, seconds, annotators);
		}
		if (!postgresql.isEmpty()) {
			Path pgData = Files.createTempDirectory(work, "server-bench-pg");
			// A schema of this run's own, so that earlier runs' rows do not weigh on this one.
			try (CorpusStore store = PostgreSQLStoreProvider.open(StoreAddress.parse(postgresql),
					password(), "sanad_bench_" + System.currentTimeMillis())) {
				measure("PostgreSQL", store, pgData, seconds, annotators);
			}
		}
	}

	private static char[] password() {
		String value = System.getenv("SANAD_STORE_PASSWORD");
		return value == null ? null : value.toCharArray();
	}

	private static void measure(String name, CorpusStore store, Path data, int seconds, int annotators)
			throws InterruptedException {
		Duration length = Duration.ofSeconds(seconds);
		LoadHarness.Result server = new LoadHarness(store, annotators).overServer(data, length);
		LoadHarness.Result embedded = new LoadHarness(store, annotators).embedded(length);
		LoadHarness.Result alone = new LoadHarness(store, 1).oneWriterOverServer(data, length);
		for (LoadHarness.Result r : new LoadHarness.Result[] { server, embedded, alone }) {
			System.out.printf("| %s | %s | %d | %.0f | %.2f | %.2f | %d | %d / %d | %d | %d |%n", name, r.where(),
					r.edits(), r.editsPerSecond(), r.p50Micros() / 1000.0, r.p99Micros() / 1000.0, r.conflicts(),
					r.refusedForeignReads(), r.allowedForeignReads(), r.lost(), r.duplicated());
			System.out.flush();
			if (r.lost() > 0 || r.duplicated() > 0 || r.allowedForeignReads() > 0 || r.edits() == 0) {
				throw new IllegalStateException("the run lost, doubled or leaked: " + r);
			}
		}
	}
}
