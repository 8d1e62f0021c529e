package org.sanad.benchmarks;

import java.io.IOException;
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
import org.sanad.model.schema.Layers;
import org.sanad.store.CorpusStore;
import org.sanad.store.SchemaChange;
import org.sanad.store.SchemaChangeReport;
import org.sanad.store.StoreStatistics;
import org.sanad.store.h2.internal.H2StoreProvider;

/**
 * Project administration on a real H2 store: a label rename that every annotation follows, the
 * online backup, a restore, deleting 1,000 documents and deleting the project. Each is timed
 * {@code -Druns} times (default 3) on one corpus; the store is restored between deletions.
 * <p>
 * Arguments: seeds folder, work folder, documents (half annotated by one annotator, half gold).
 */
public final class AdminBenchmark {

	private static final int RUNS = Integer.getInteger("runs", 3);

	private AdminBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path seeds = Path.of(args[0]);
		Path work = Path.of(args[1]);
		int n = Integer.parseInt(args[2]);
		Path data = work.resolve("admin-data");
		Path backups = work.resolve("admin-backups");
		deleteTree(data);
		deleteTree(backups);
		Files.createDirectories(backups);
		Path corpus = work.resolve("admin-corpus-" + n);
		if (!Files.isDirectory(corpus)) {
			new SyntheticCorpus(seeds).write(corpus, n);
		}
		StoreStatistics counts;
		try (CorpusStore store = new H2StoreProvider().open(data)) {
			Project project = store.createProject("Admin", null, DefaultSchema.create());
			ImportReport report = new DocumentImporter(List.of(new PlainTextFormat())).run(store, project,
					List.of(corpus), ImportOptions.defaults(), new NullProgressMonitor());
			if (report.imported().size() != n) {
				throw new IllegalStateException("imported " + report.imported().size() + " of " + n);
			}
			BenchAnnotations.annotate(store, project, n / 2);
			counts = store.statistics();
		}
		long annotations = counts.annotationsByKind().values().stream().mapToLong(Long::longValue).sum();
		System.out.printf("%n%,d documents, %,d annotation sets, %,d annotations; store %,d MB%n", counts.documents(),
				counts.annotationSets(), annotations, size(data) >> 20);
		System.out.println("\n| run | rename GPE (annotations) | backup | restore | delete 1,000 documents | delete project |");
		System.out.println("|---|---|---|---|---|---|");
		for (int run = 1; run <= RUNS; run++) {
			Path backup = backups.resolve("run-" + run + ".zip");
			String rename;
			double backedUp;
			double deleted;
			try (CorpusStore store = new H2StoreProvider().open(data)) {
				Project project = store.project("Admin").orElseThrow();
				long start = System.nanoTime();
				SchemaChangeReport report = store.changeSchema(project.getId(),
						SchemaChange.rename(Layers.ENTITY, "GPE", "PLACE"), "bench");
				rename = String.format("%.2f s (%,d)", seconds(start), report.annotations());
				store.changeSchema(project.getId(), SchemaChange.rename(Layers.ENTITY, "PLACE", "GPE"), "bench");
				start = System.nanoTime();
				store.backup(backup);
				backedUp = seconds(start);
				List<String> ids = store.documentIds(project.getId()).subList(0, Math.min(1000, n));
				start = System.nanoTime();
				store.deleteDocuments(project.getId(), ids, "bench");
				deleted = seconds(start);
			}
			long start = System.nanoTime();
			Path kept = new H2StoreProvider().restore(data, backup);
			double restored = seconds(start);
			deleteTree(kept);
			String deleteProject = "";
			if (run == RUNS) {
				try (CorpusStore store = new H2StoreProvider().open(data)) {
					start = System.nanoTime();
					store.deleteProject(store.project("Admin").orElseThrow().getId(), "bench");
					deleteProject = String.format("%.2f s", seconds(start));
				}
			}
			System.out.printf("| %d | %s | %.2f s (%,d MB) | %.2f s | %.2f s | %s |%n", run, rename, backedUp,
					Files.size(backup) >> 20, restored, deleted, deleteProject);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static long size(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (root == null || !Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
