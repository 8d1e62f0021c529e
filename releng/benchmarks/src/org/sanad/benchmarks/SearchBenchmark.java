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

	private static final List<String> TEXT_QUERIES = List.of("العراق", "البنتاغون", "امريكا", "القوات الامريكية",
			"\"التحالف الدولي\"", "\"القوات الأمريكية\"", "بغداد AND واشنطن", "داعش OR الارهاب", "احمد NOT بغداد",
			"title:تقرير", "\"رئيس الوزراء\"", "الانسحاب AND النهائي", "مسؤول");
	/** Filters on the annotations of 20,000 annotated documents (10,000 the asker's, 10,000 gold). */
	private static final List<String> ANNOTATION_QUERIES = List.of("entity:PER", "entity:GPE", "بغداد AND entity:GPE",
			"source.reliability:<=C", "stance:AGAINST", "(entity:ORG AND entity.text:البنتاغون)",
			"source.credibility:<=2 AND العراق", "entity:PER NOT stance:FAVOR", "status:\"in progress\"",
			"\"القوات الأمريكية\" AND source.reliability:A");
	private static final int ANNOTATED_PER_OWNER = 10_000;

	private SearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path work = Path.of(args[0]);
		System.out.println("| documents | annotations | raw IndexWriter | Sanad rebuild (from the store) | Sanad / raw"
				+ " | text mix p50 / p99 | annotation mix p50 / p99 |");
		System.out.println("|---|---|---|---|---|---|---|");
		for (int i = 1; i < args.length; i++) {
			int n = Integer.parseInt(args[i]);
			Path corpus = work.resolve("corpus-" + n);
			Path data = work.resolve("sanad-" + n);
			if (!Files.isDirectory(data.resolve("store"))) {
				throw new IllegalStateException("No store at " + data + ": run releng/benchmarks/import.sh " + n + " first");
			}
			double raw = raw(corpus, work.resolve("lucene-raw-" + n));
			try (CorpusStore store = new H2StoreProvider().open(data)) {
				Project project = store.project("Bench").orElseThrow();
				ProjectIndex index = new ProjectIndex(data, project);
				row(n, "as stored", raw, store, project, index);
				long added = BenchAnnotations.annotate(store, project, Math.min(ANNOTATED_PER_OWNER, n / 2));
				if (added > 0) {
					row(n, String.format("%,d added", added), raw, store, project, index);
				}
			}
		}
	}

	private static void row(int n, String annotations, double raw, CorpusStore store, Project project,
			ProjectIndex index) {
		long start = System.nanoTime();
		index.rebuild(store, project, new NullProgressMonitor());
		double sanad = (System.nanoTime() - start) / 1e9;
		double[] text = latency(index, store, TEXT_QUERIES);
		double[] annotated = latency(index, store, ANNOTATION_QUERIES);
		System.out.printf("| %,d | %s | %.1f s | %.1f s | %.2f× | %.1f / %.1f ms | %.1f / %.1f ms |%n", n, annotations,
				raw, sanad, sanad / raw, text[0], text[1], annotated[0], annotated[1]);
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

	/**
	 * @return p50 and p99 in milliseconds over 30 rounds of a query mix, after 5 warm-up rounds; each
	 *         search as the workbench runs it: 20 hits with their texts read from the store for
	 *         snippets and matches, and facet counts over every match
	 */
	private static double[] latency(ProjectIndex index, CorpusStore store, List<String> queries) {
		for (int round = 0; round < 5; round++) {
			queries.forEach(q -> index.search(q, "bench", 20, store::texts));
		}
		List<Double> millis = new ArrayList<>();
		for (int round = 0; round < 30; round++) {
			for (String q : queries) {
				long start = System.nanoTime();
				index.search(q, "bench", 20, store::texts);
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
