package org.sanad.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.ds.PGSimpleDataSource;
import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportReport;
import org.sanad.importer.internal.DocumentImporter;
import org.sanad.importer.internal.HtmlFormat;
import org.sanad.importer.internal.JsonlFormat;
import org.sanad.importer.internal.PlainTextFormat;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.CorpusStore;
import org.sanad.store.StoreAddress;
import org.sanad.store.postgresql.internal.PostgreSQLStoreProvider;

/**
 * Import into PostgreSQL against a raw COPY of the same texts into one table, and listing pages.
 * Usage: {@code PostgreSQLBenchmark SEEDS WORK ADDRESS N [LISTING-N]} ({@code -Druns=R}, default 3).
 * For each run, each side into a schema of its own that is made (with the store's tables) before
 * the clock starts: (1) the files read as text and streamed with COPY ... FROM STDIN (CSV) into
 * {@code raw_doc (id BIGINT PRIMARY KEY, content TEXT)}, one transaction; (2) Sanad's import of the
 * folder into a store on PostgreSQL. Then listing pages of a project of LISTING-N documents.
 */
public final class PostgreSQLBenchmark {

	public static void main(String[] args) throws Exception {
		Path seeds = Path.of(args[0]);
		Path work = Path.of(args[1]);
		StoreAddress address = StoreAddress.parse(args[2]);
		int n = Integer.parseInt(args[3]);
		int listingSize = args.length > 4 ? Integer.parseInt(args[4]) : n;
		int runs = Integer.getInteger("runs", 3);
		SyntheticCorpus corpus = new SyntheticCorpus(seeds);
		String prefix = "bench_" + System.currentTimeMillis();

		Path warm = work.resolve("corpus-warm-up");
		corpus.write(warm, 5000);
		for (int round = 0; round < 4; round++) { // both sides, untimed, for the JIT
			copy(address, warm, prefix + "_warm_raw_" + round);
			sanad(address, warm, prefix + "_warm_" + round, 5000);
		}
		Path folder = work.resolve("corpus-" + n);
		corpus.write(folder, n);
		ImportBenchmark.readAll(folder);
		System.out.println("| documents | run | raw COPY into one table | Sanad import | Sanad / COPY | Sanad docs/s |");
		System.out.println("|---|---|---|---|---|---|");
		double[] ratios = new double[runs];
		for (int run = 0; run < runs; run++) {
			double raw = copy(address, folder, prefix + "_raw_" + run);
			double sanad = sanad(address, folder, prefix + "_" + run, n);
			ratios[run] = sanad / raw;
			System.out.printf("| %,d | %d | %.2f s | %.2f s | %.2f× | %,.0f |%n", n, run + 1, raw, sanad, ratios[run],
					n / sanad);
		}
		Arrays.sort(ratios);
		System.out.printf("%nSanad / COPY over %d runs: median %.2f× (%.2f× to %.2f×)%n", runs, ratios[runs / 2],
				ratios[0], ratios[runs - 1]);
		listing(address, prefix, n, listingSize);
		dropSchemas(address, prefix);
	}

	/** @return seconds from the COPY's start to its commit */
	private static double copy(StoreAddress address, Path corpus, String schema) throws Exception {
		try (Connection c = connect(address)) {
			try (Statement s = c.createStatement()) {
				s.execute("CREATE SCHEMA " + schema);
				s.execute("CREATE TABLE " + schema + ".raw_doc (id BIGINT PRIMARY KEY, content TEXT NOT NULL)");
			}
			c.setAutoCommit(false);
			long start = System.nanoTime();
			CopyIn in = c.unwrap(PGConnection.class).getCopyAPI()
					.copyIn("COPY " + schema + ".raw_doc (id, content) FROM STDIN (FORMAT csv)");
			try (Stream<Path> files = Files.list(corpus)) {
				StringBuilder rows = new StringBuilder();
				long id = 0;
				for (Path file : files.sorted().toList()) {
					rows.append(++id).append(",\"").append(Files.readString(file).replace("\"", "\"\"")).append("\"\n");
					if (rows.length() > 1 << 20) {
						write(in, rows);
					}
				}
				write(in, rows);
				in.endCopy();
			}
			c.commit();
			return (System.nanoTime() - start) / 1e9;
		}
	}

	private static void write(CopyIn in, StringBuilder rows) throws SQLException {
		byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
		in.writeToCopy(bytes, 0, bytes.length);
		rows.setLength(0);
	}

	/** @return seconds of Sanad's import alone (the store opened and its tables made before) */
	private static double sanad(StoreAddress address, Path corpus, String schema, int n) {
		try (CorpusStore store = PostgreSQLStoreProvider.open(address, password(), schema)) {
			Project project = store.createProject("Bench", null, DefaultSchema.create());
			long start = System.nanoTime();
			ImportReport report = new DocumentImporter(List.of(new PlainTextFormat(), new HtmlFormat(), new JsonlFormat()))
					.run(store, project, List.of(corpus), ImportOptions.defaults(), new NullProgressMonitor());
			double seconds = (System.nanoTime() - start) / 1e9;
			if (report.imported().size() != n || !report.problems().isEmpty()) {
				throw new IllegalStateException("Imported " + report.imported().size() + " of " + n + ": "
						+ report.problems().stream().limit(5).toList());
			}
			return seconds;
		}
	}

	/**
	 * Listing pages of a project of {@code size} documents: headers only, at its start, middle and
	 * end. Beyond the imported corpus the rows are made by SQL (generate_series: short Arabic texts,
	 * their real checksums), which only the listing reads.
	 */
	private static void listing(StoreAddress address, String prefix, int imported, int size) throws Exception {
		String schema = prefix + "_0";
		if (size != imported) {
			schema = prefix + "_listing";
			long start = System.nanoTime();
			try (CorpusStore store = PostgreSQLStoreProvider.open(address, password(), schema);
					Connection c = connect(address); Statement s = c.createStatement()) {
				String project = store.createProject("Bench", null, DefaultSchema.create()).getId();
				s.execute("SET search_path TO " + schema);
				s.execute("INSERT INTO document (id, project_id, seq, title, origin, language, text_length, checksum,"
						+ " imported_at, text_utf8) SELECT md5(g::text)::uuid::text, '" + project + "', g, 'وثيقة ' || g,"
						+ " 'synthetic/' || g, 'ar', length('نص ' || g), encode(sha256(convert_to('نص ' || g, 'UTF8')), 'hex'),"
						+ " now(), convert_to('نص ' || g, 'UTF8') FROM generate_series(0, " + (size - 1) + ") g");
				s.execute("UPDATE project SET next_seq = " + size + " WHERE id = '" + project + "'");
				s.execute("ANALYZE document");
			}
			System.out.printf("%nMade %,d document rows for the listing in %.0f s.%n", size, (System.nanoTime() - start) / 1e9);
		}
		try (CorpusStore store = PostgreSQLStoreProvider.open(address, password(), schema)) {
			Project project = store.project("Bench").orElseThrow();
			long count = store.documentCount(project.getId());
			System.out.printf("%n| listing a project of %,d documents on PostgreSQL | median of 5 |%n|---|---|%n", count);
			for (long offset : new long[] { 0, count / 2, count - 100 }) {
				double[] times = new double[5];
				store.documents(project.getId(), (int) offset, 100); // warm
				for (int i = 0; i < times.length; i++) {
					long start = System.nanoTime();
					List<Document> page = store.documents(project.getId(), (int) offset, 100);
					times[i] = (System.nanoTime() - start) / 1e6;
					if (page.size() != Math.min(100, count - offset) || page.stream().anyMatch(Document::isSetText)) {
						throw new IllegalStateException("a listing page was short or loaded texts");
					}
				}
				Arrays.sort(times);
				System.out.printf("| 100 headers at offset %,d | %.1f ms |%n", offset, times[2]);
			}
			for (long offset : new long[] { count / 2, count - 100 }) {
				String before = store.documents(project.getId(), (int) offset - 1, 1).getFirst().getId();
				double[] times = new double[5];
				for (int i = 0; i < times.length; i++) {
					long start = System.nanoTime();
					List<Document> page = store.documentsAfter(project.getId(), before, 100);
					times[i] = (System.nanoTime() - start) / 1e6;
					if (page.size() != Math.min(100, count - offset)) {
						throw new IllegalStateException("a keyset page was short");
					}
				}
				Arrays.sort(times);
				System.out.printf("| 100 headers after the document at %,d (keyset) | %.1f ms |%n", offset - 1, times[2]);
			}
			long start = System.nanoTime();
			store.documentCount(project.getId());
			System.out.printf("| count | %.1f ms |%n", (System.nanoTime() - start) / 1e6);
			start = System.nanoTime();
			long walked = 0;
			for (List<Document> page = store.documentsAfter(project.getId(), null, 1000); !page.isEmpty();
					page = store.documentsAfter(project.getId(), page.getLast().getId(), 1000)) {
				walked += page.size();
			}
			if (walked != count) {
				throw new IllegalStateException("the walk saw " + walked + " of " + count);
			}
			System.out.printf("| the whole project in pages of 1,000 (keyset) | %.0f ms |%n", (System.nanoTime() - start) / 1e6);
		}
	}

	private static void dropSchemas(StoreAddress address, String prefix) throws SQLException {
		try (Connection c = connect(address); Statement s = c.createStatement();
				var rows = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE '" + prefix + "%'")) {
			List<String> schemas = new java.util.ArrayList<>();
			while (rows.next()) {
				schemas.add(rows.getString(1));
			}
			for (String schema : schemas) {
				c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
			}
		}
	}

	private static Connection connect(StoreAddress address) throws SQLException {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setServerNames(new String[] { address.host() });
		source.setPortNumbers(new int[] { address.port() });
		source.setDatabaseName(address.database());
		source.setUser(address.user());
		char[] password = password();
		if (password != null) {
			source.setPassword(new String(password));
		}
		return source.getConnection();
	}

	private static char[] password() {
		String value = System.getenv("SANAD_STORE_PASSWORD");
		return value == null ? null : value.toCharArray();
	}
}
