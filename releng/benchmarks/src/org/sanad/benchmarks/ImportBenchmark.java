package org.sanad.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportReport;
import org.sanad.importer.internal.DocumentImporter;
import org.sanad.importer.internal.HtmlFormat;
import org.sanad.importer.internal.JsonlFormat;
import org.sanad.importer.internal.PlainTextFormat;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Project;
import org.sanad.model.SanadFactory;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.AnnotationChange;
import org.sanad.store.CorpusStore;
import org.sanad.store.h2.internal.H2StoreProvider;

/**
 * Import speed against a raw baseline, and durable annotation commits. Usage:
 * {@code ImportBenchmark SEEDS WORK N [N...]} ({@code -Druns=R}, default 3). Both sides run untimed
 * on 5,000 documents first until the JIT has settled. For each N: generate the corpus, read every
 * file once (so both sides find it in the page cache), then R times, each into a new database that
 * is open already, time (1) plain JDBC batch inserts of the texts into H2 with the store's durability
 * setting, (2) the same with the files' bytes, (3) Sanad's import of the folder. Then 2,000 single-annotation commits, each durable
 * before the next.
 */
public final class ImportBenchmark {

	private static final String H2_SETTINGS = ";WRITE_DELAY=0";

	public static void main(String[] args) throws Exception {
		Path seeds = Path.of(args[0]);
		Path work = Path.of(args[1]);
		SyntheticCorpus corpus = new SyntheticCorpus(seeds);
		int runs = Integer.getInteger("runs", 3);
		warmUp(corpus, work);
		System.out.println("| documents | corpus | run | raw JDBC baseline | Sanad import | Sanad / baseline | Sanad docs/s"
				+ " | Sanad with opening and closing the store | baseline with bytes | Sanad / baseline with bytes |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|");
		Path lastStore = null;
		List<String> medians = new ArrayList<>();
		for (int i = 2; i < args.length; i++) {
			int n = Integer.parseInt(args[i]);
			Path folder = work.resolve("corpus-" + n);
			corpus.write(folder, n);
			long corpusBytes = readAll(folder);
			double[] ratios = new double[runs];
			double[] byteRatios = new double[runs];
			for (int run = 0; run < runs; run++) {
				double baseline = baseline(folder, work.resolve("baseline-" + n), false);
				double withBytes = baseline(folder, work.resolve("baseline-" + n), true);
				lastStore = work.resolve("sanad-" + n);
				double[] sanad = sanad(folder, lastStore, n);
				ratios[run] = sanad[0] / baseline;
				byteRatios[run] = sanad[0] / withBytes;
				System.out.printf("| %,d | %.0f MB | %d | %.2f s | %.2f s | %.2f× | %,.0f | %.2f s | %.2f s | %.2f× |%n", n,
						corpusBytes / 1e6, run + 1, baseline, sanad[0], ratios[run], n / sanad[0], sanad[1], withBytes,
						byteRatios[run]);
			}
			medians.add(String.format("%,d documents: median %s; against the baseline with bytes %s", n, median(ratios),
					median(byteRatios)));
		}
		System.out.printf("%nSanad / baseline over %d runs: %s%n", runs, String.join("; ", medians));
		if (lastStore != null) {
			listing(lastStore);
		}
		commits(work.resolve("commits"));
	}

	/** Listing pages of the largest project: headers only, so the time must not grow with the texts. */
	private static void listing(Path data) {
		try (CorpusStore store = new H2StoreProvider().open(data)) {
			Project project = store.project("Bench").orElseThrow();
			long count = store.documentCount(project.getId());
			System.out.printf("%n| listing a project of %,d documents | time |%n|---|---|%n", count);
			for (long offset : new long[] { 0, count / 2, count - 100 }) {
				store.documents(project.getId(), (int) offset, 100); // warm
				long start = System.nanoTime();
				List<Document> page = store.documents(project.getId(), (int) offset, 100);
				double millis = (System.nanoTime() - start) / 1e6;
				if (page.stream().anyMatch(Document::isSetText)) {
					throw new IllegalStateException("a listing loaded texts");
				}
				System.out.printf("| 100 headers at offset %,d | %.1f ms |%n", offset, millis);
			}
			long start = System.nanoTime();
			store.documentCount(project.getId());
			System.out.printf("| count | %.1f ms |%n", (System.nanoTime() - start) / 1e6);
		}
	}

	/**
	 * Both sides on 5,000 documents, untimed, until the JIT has settled: at least four rounds, then
	 * until the compiler threads worked less than 2% of a round's time (at most 40 rounds). Cold,
	 * Sanad's first 1,000 documents took 2 to 3 times as long as warm; and while C2 still compiled
	 * (for about 20 s on this 2-core machine), its threads took the second core from Sanad's writer
	 * thread but not from the one-thread baseline.
	 */
	private static void warmUp(SyntheticCorpus corpus, Path work) throws Exception {
		Path folder = work.resolve("corpus-warm-up");
		corpus.write(folder, 5000);
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		int rounds = 0;
		double compiling;
		do {
			long compiled = jit.getTotalCompilationTime();
			long start = System.nanoTime();
			baseline(folder, work.resolve("baseline-warm-up"), false);
			baseline(folder, work.resolve("baseline-warm-up"), true);
			sanad(folder, work.resolve("sanad-warm-up"), 5000);
			compiling = (jit.getTotalCompilationTime() - compiled) / ((System.nanoTime() - start) / 1e6);
			rounds++;
		} while (rounds < 4 || compiling > 0.02 && rounds < 40);
		System.out.printf("Warm-up: %d rounds of 5,000 documents a side; in the last, the JIT compiled for %.1f%%"
				+ " of the time (%.0f s of compiling in all).%n%n", rounds, compiling * 100, jit.getTotalCompilationTime() / 1e3);
	}

	/** @return the median and range of the ratios, which it sorts */
	private static String median(double[] ratios) {
		Arrays.sort(ratios);
		return String.format("%.2f× (%.2f× to %.2f×)", ratios[ratios.length / 2], ratios[0], ratios[ratios.length - 1]);
	}

	/**
	 * @param bytes the texts as their files' bytes into a {@code BLOB}, as Sanad stores them since
	 *              schema 4, instead of strings into a {@code CLOB}
	 * @return seconds from the first insert to the last commit; opening the database is not timed
	 */
	private static double baseline(Path corpus, Path database, boolean bytes) throws Exception {
		deleteTree(database);
		try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + database.resolve("raw") + H2_SETTINGS, "sa", "")) {
			c.createStatement().execute("CREATE TABLE doc (id BIGINT PRIMARY KEY, content " + (bytes ? "BLOB" : "CLOB")
					+ " NOT NULL)");
			c.setAutoCommit(false);
			long start = System.nanoTime();
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO doc (id, content) VALUES (?, ?)");
					Stream<Path> files = Files.list(corpus)) {
				long id = 0;
				for (Path file : files.sorted().toList()) {
					insert.setLong(1, ++id);
					if (bytes) {
						byte[] utf8 = Files.readAllBytes(file);
						insert.setBinaryStream(2, new ByteArrayInputStream(utf8), utf8.length);
					} else {
						String text = Files.readString(file);
						// A stream, not a string: a string made H2 encode, decode and encode each text again.
						insert.setCharacterStream(2, new StringReader(text), text.length());
					}
					insert.addBatch();
					if (id % 500 == 0) {
						insert.executeBatch();
						c.commit();
					}
				}
				insert.executeBatch();
				c.commit();
			}
			return (System.nanoTime() - start) / 1e9;
		}
	}

	/**
	 * @return seconds of the import alone (the store open, its project created), and seconds with
	 *         opening the new store (creating its tables) and closing it
	 */
	private static double[] sanad(Path corpus, Path data, int n) throws Exception {
		deleteTree(data);
		long opening = System.nanoTime();
		ImportReport report;
		double seconds;
		try (CorpusStore store = new H2StoreProvider().open(data)) {
			Project project = store.createProject("Bench", null, DefaultSchema.create());
			long start = System.nanoTime();
			report = new DocumentImporter(List.of(new PlainTextFormat(), new HtmlFormat(), new JsonlFormat()))
					.run(store, project, List.of(corpus), ImportOptions.defaults(), new NullProgressMonitor());
			seconds = (System.nanoTime() - start) / 1e9;
		}
		double withStore = (System.nanoTime() - opening) / 1e9;
		if (report.imported().size() != n || !report.problems().isEmpty()) {
			throw new IllegalStateException("Imported " + report.imported().size() + " of " + n + ": "
					+ report.problems().stream().limit(5).toList());
		}
		return new double[] { seconds, withStore };
	}

	private static void commits(Path data) throws Exception {
		deleteTree(data);
		int count = 2000;
		long[] nanos = new long[count];
		try (CorpusStore store = new H2StoreProvider().open(data)) {
			Project project = store.createProject("Commits", null, DefaultSchema.create());
			Document d = SanadFactory.eINSTANCE.createDocument();
			d.setText("نص ".repeat(2000));
			d.setOrigin("commits");
			store.addDocuments(project.getId(), List.of(d));
			long revision = 0;
			long start = System.nanoTime();
			for (int i = 0; i < count; i++) {
				EntityMention m = SanadFactory.eINSTANCE.createEntityMention();
				m.setId("m" + i);
				m.setBegin(i % 1000);
				m.setEnd(i % 1000 + 2);
				m.setLabel("PER");
				long t = System.nanoTime();
				revision = store.apply(AnnotationChange.create(d.getId(), "bench", "bench", revision, m));
				nanos[i] = System.nanoTime() - t;
			}
			double total = (System.nanoTime() - start) / 1e9;
			Arrays.sort(nanos);
			System.out.printf("%n| durable annotation commits | p50 | p99 | edits/s |%n|---|---|---|---|%n");
			System.out.printf("| %,d, one annotation each | %.2f ms | %.2f ms | %,.0f |%n", count, nanos[count / 2] / 1e6,
					nanos[(int) (count * 0.99)] / 1e6, count / total);
		}
	}

	/** Reads every file of {@code folder} once, so that the timed sides find it in the page cache. @return its bytes */
	static long readAll(Path folder) throws IOException {
		long bytes = 0;
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				bytes += Files.readAllBytes(file).length;
			}
		}
		return bytes;
	}

	private static void deleteTree(Path root) throws IOException {
		if (Files.exists(root)) {
			try (Stream<Path> paths = Files.walk(root)) {
				for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
					Files.delete(p);
				}
			}
		}
	}

	private ImportBenchmark() {
	}
}
