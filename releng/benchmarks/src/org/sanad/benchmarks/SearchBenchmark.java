package org.sanad.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.sanad.model.Project;
import org.sanad.search.internal.ProjectIndex;
import org.sanad.store.CorpusStore;
import org.sanad.store.h2.internal.H2StoreProvider;

/**
 * Indexing a project against a raw Lucene IndexWriter with the same analyzer on the same texts,
 * and query latency over a fixed mix. Needs the import benchmark's store of N documents.
 * Arguments: work folder, N...
 */
public final class SearchBenchmark {

	private static final List<String> QUERIES = List.of("العراق", "البنتاغون", "امريكا", "القوات الامريكية",
			"\"التحالف الدولي\"", "\"القوات الأمريكية\"", "بغداد AND واشنطن", "داعش OR الارهاب", "احمد NOT بغداد",
			"entity:PER", "بغداد AND entity:GPE", "source.reliability:<=C", "title:تقرير", "\"رئيس الوزراء\"",
			"الانسحاب AND النهائي", "مسؤول");

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path work = Path.of(args[0]);
		System.out.println("| documents | raw IndexWriter | Sanad rebuild (from the store) | Sanad / raw | query p50 | query p99 |");
		System.out.println("|---|---|---|---|---|---|");
		for (int i = 1; i < args.length; i++) {
			int n = Integer.parseInt(args[i]);
			Path corpus = work.resolve("corpus-" + n);
			Path data = work.resolve("sanad-" + n);
			if (!Files.isDirectory(data.resolve("store"))) {
				throw new IllegalStateException("No store at " + data + ": run releng/benchmarks/import.sh " + n + " first");
			}
			double raw = raw(corpus, work.resolve("lucene-raw-" + n));
			double sanad;
			double[] latency;
			try (CorpusStore store = new H2StoreProvider().open(data)) {
				Project project = store.project("Bench").orElseThrow();
				ProjectIndex index = new ProjectIndex(data, project);
				long start = System.nanoTime();
				index.rebuild(store, project, new NullProgressMonitor());
				sanad = (System.nanoTime() - start) / 1e9;
				latency = latency(index);
			}
			System.out.printf("| %,d | %.1f s | %.1f s | %.2f× | %.1f ms | %.1f ms |%n", n, raw, sanad, sanad / raw,
					latency[0], latency[1]);
		}
	}

	private static double raw(Path corpus, Path folder) throws Exception {
		deleteTree(folder);
		long start = System.nanoTime();
		IndexWriterConfig config = new IndexWriterConfig(ProjectIndex.analyzer());
		config.setRAMBufferSizeMB(64);
		try (FSDirectory directory = FSDirectory.open(folder); IndexWriter writer = new IndexWriter(directory, config);
				Stream<Path> files = Files.list(corpus)) {
			long id = 0;
			for (Path file : files.sorted().toList()) {
				String text = Files.readString(file);
				Document doc = new Document();
				doc.add(new StringField("id", Long.toString(++id), Field.Store.YES));
				String title = text.lines().findFirst().orElse("");
				doc.add(new StoredField("title", title));
				doc.add(new TextField("title", title, Field.Store.NO));
				doc.add(new TextField("text", text, Field.Store.NO));
				doc.add(new TextField("exact", text, Field.Store.NO));
				writer.addDocument(doc);
			}
			writer.commit();
		}
		return (System.nanoTime() - start) / 1e9;
	}

	/** @return p50 and p99 in milliseconds over 30 rounds of the query mix, after 5 warm-up rounds */
	private static double[] latency(ProjectIndex index) {
		for (int round = 0; round < 5; round++) {
			QUERIES.forEach(q -> index.search(q, "bench", 20));
		}
		List<Double> millis = new ArrayList<>();
		for (int round = 0; round < 30; round++) {
			for (String q : QUERIES) {
				long start = System.nanoTime();
				index.search(q, "bench", 20);
				millis.add((System.nanoTime() - start) / 1e6);
			}
		}
		Collections.sort(millis);
		return new double[] { millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.99) - 1) };
	}

	private static void deleteTree(Path tree) throws Exception {
		if (!Files.exists(tree)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(tree)) {
			for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
