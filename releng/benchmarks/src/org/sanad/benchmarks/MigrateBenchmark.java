package org.sanad.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportReport;
import org.sanad.importer.internal.DocumentImporter;
import org.sanad.importer.internal.PlainTextFormat;
import org.sanad.model.Project;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.CorpusStore;
import org.sanad.store.StoreAddress;
import org.sanad.store.StoreStatistics;
import org.sanad.store.h2.internal.H2StoreProvider;
import org.sanad.store.postgresql.internal.StoreCopy;

/**
 * {@code store migrate} on a large store: N synthetic documents in an H2 data folder, half of them
 * annotated in an annotator's set and the gold set (entities, a rated source, a stance; each with
 * its audit), copied to the empty PostgreSQL database ADDRESS names and verified, then copied again
 * (nothing to do). Usage: {@code MigrateBenchmark SEEDS WORK ADDRESS N}.
 */
public final class MigrateBenchmark {

	private MigrateBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path seeds = Path.of(args[0]);
		Path work = Path.of(args[1]);
		StoreAddress target = StoreAddress.parse(args[2]);
		int n = Integer.parseInt(args[3]);
		Path data = work.resolve("migrate-data-" + n);
		Path corpus = work.resolve("corpus-" + n);
		if (!Files.isDirectory(corpus)) {
			new SyntheticCorpus(seeds).write(corpus, n);
		}
		if (!Files.exists(data.resolve("store/sanad.mv.db"))) {
			deleteTree(data);
			long start = System.nanoTime();
			try (CorpusStore store = new H2StoreProvider().open(data)) {
				Project project = store.createProject("Bench", null, DefaultSchema.create());
				ImportReport report = new DocumentImporter(List.of(new PlainTextFormat())).run(store, project,
						List.of(corpus), ImportOptions.defaults(), new NullProgressMonitor());
				if (report.imported().size() != n) {
					throw new IllegalStateException("imported " + report.imported().size() + " of " + n);
				}
				BenchAnnotations.annotate(store, project, n / 2);
			}
			System.out.printf("Made the H2 store in %.0f s.%n", (System.nanoTime() - start) / 1e9);
		}
		StoreStatistics counts;
		try (CorpusStore store = new H2StoreProvider().open(data)) {
			counts = store.statistics();
		}
		long annotations = counts.annotationsByKind().values().stream().mapToLong(Long::longValue).sum();
		System.out.printf("%nSource: %,d documents, %,d annotation sets, %,d annotations; H2 file %,d MB%n",
				counts.documents(), counts.annotationSets(), annotations,
				Files.size(data.resolve("store/sanad.mv.db")) >> 20);
		char[] password = System.getenv("SANAD_STORE_PASSWORD") == null ? null
				: System.getenv("SANAD_STORE_PASSWORD").toCharArray();
		for (String pass : List.of("first copy", "second run")) {
			long start = System.nanoTime();
			StoreCopy.Report report = StoreCopy.fromH2(data, target, password, line -> {
			}, () -> false);
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("%n%s: %s in %.1f s%n%n| table | rows | checksum |%n|---|---|---|%n", pass,
					report.outcome(), seconds);
			for (StoreCopy.TableCheck table : report.tables()) {
				System.out.printf("| %s | %,d | %s |%n", table.table(), table.rows(), table.checksum().substring(0, 16) + "…");
			}
		}
	}

	private static void deleteTree(Path folder) throws java.io.IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
