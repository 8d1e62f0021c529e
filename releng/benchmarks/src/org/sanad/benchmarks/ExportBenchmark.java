package org.sanad.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.sanad.exchange.ExportOptions;
import org.sanad.exchange.OffsetUnit;
import org.sanad.exchange.internal.Exporter;
import org.sanad.exchange.internal.JsonlExport;
import org.sanad.exchange.uima.internal.XmiExport;
import org.sanad.exchange.uima.internal.XmiFormat;
import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportReport;
import org.sanad.importer.internal.DocumentImporter;
import org.sanad.importer.internal.PlainTextFormat;
import org.sanad.model.Annotation;
import org.sanad.model.Credibility;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Project;
import org.sanad.model.Reliability;
import org.sanad.model.SanadFactory;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.TextSpan;
import org.sanad.model.ids.TimeOrderedIds;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.AnnotationChange;
import org.sanad.store.CorpusStore;
import org.sanad.store.h2.internal.H2StoreProvider;

import com.google.gson.stream.JsonWriter;

/**
 * Export and XMI import, each beside a baseline in the same run (issue: JSONL export within 1.5×
 * of plain JDBC + the same JSON library; XMI export and import within 1.3× of uimaj-core's
 * serializer and deserializer alone on the same CASes; heap under 512 MB).
 * <p>
 * Arguments: seeds folder, work folder, documents, and {@code xmi=N} to run the XMI part on the
 * first N documents (0 leaves it out). The corpus is built once (import and ~50 gold annotations
 * per document) and kept in the work folder.
 */
public final class ExportBenchmark {

	private static final String[] WORDS = { "العراق", "بغداد", "واشنطن", "البنتاغون", "داعش", "التحالف", "القوات",
			"الأمريكية", "العسكري", "الحكومة", "المتحدث", "إيران" };
	private static final String[] LABELS = { "GPE", "GPE", "GPE", "ORG", "ORG", "ORG", "ORG", "NORP", "ORG", "ORG",
			"PER", "GPE" };
	private static final int RUNS = Math.max(1, Integer.getInteger("runs", 3));
	/** Which parts to run ({@code -Dparts=xmi} for the XMI part alone, say, under a profiler). */
	private static final String PARTS = System.getProperty("parts", "jsonl,xmi");

	private ExportBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path seeds = Path.of(args[0]);
		Path work = Path.of(args[1]);
		int n = Integer.parseInt(args[2]);
		int xmi = args.length > 3 ? Integer.parseInt(args[3].replace("xmi=", "")) : Math.min(n, 10_000);
		Path data = prepare(seeds, work, n);
		if (PARTS.contains("jsonl")) {
			try (CorpusStore store = new H2StoreProvider().open(data)) {
				Project project = store.project("Export").orElseThrow();
				long annotations = store.statistics().annotationsByKind().values().stream().mapToLong(Long::longValue).sum();
				System.out.printf("%n%,d documents, %,d gold annotations (%.1f per document); max heap %d MB%n", n,
						annotations, annotations / (double) n, Runtime.getRuntime().maxMemory() >> 20);
				jsonl(store, project, data, work, n);
			}
		}
		if (xmi > 0 && PARTS.contains("xmi")) {
			xmi(seeds, work, xmi);
		}
		// Reaching this line is the memory check: every export and import above ran within -Xmx.
		System.out.printf("%nDone within a heap of %d MB (-Xmx)%n", Runtime.getRuntime().maxMemory() >> 20);
	}

	// --- JSONL ---------------------------------------------------------------------------------

	private static void jsonl(CorpusStore store, Project project, Path data, Path work, int n) throws Exception {
		Exporter exporter = new Exporter(List.of(new JsonlExport()));
		ExportOptions options = ExportOptions.of("jsonl").withOffsets(OffsetUnit.UTF16);
		Path out = work.resolve("jsonl-out");
		List<Double> ratios = new ArrayList<>();
		System.out.println("\n| run | baseline (JDBC + Gson) | Sanad JSONL export | Sanad / baseline | Sanad documents/s |");
		System.out.println("|---|---|---|---|---|");
		for (int run = 0; run <= RUNS; run++) {
			deleteTree(out);
			long start = System.nanoTime();
			long written = baseline(store, data, project.getId(), out.resolve("baseline.jsonl"));
			double baseline = seconds(start);
			deleteTree(out);
			start = System.nanoTime();
			exporter.export(store, project, options, out, new NullProgressMonitor());
			double sanad = seconds(start);
			if (written != n) {
				throw new IllegalStateException("The baseline wrote " + written + " documents, not " + n);
			}
			if (run > 0) { // run 0 warms the JIT up
				ratios.add(sanad / baseline);
				System.out.printf("| %d | %.2f s | %.2f s | %.2f× | %,.0f |%n", run, baseline, sanad, sanad / baseline,
						n / sanad);
			}
		}
		Collections.sort(ratios);
		System.out.printf("%nJSONL: median Sanad / baseline %.2f× over %d runs; output %,d MB%n",
				ratios.get(ratios.size() / 2), ratios.size(), Files.size(out.resolve("documents.jsonl")) >> 20);
		deleteTree(out);
	}

	/**
	 * The raw baseline: the same rows read with plain JDBC, pages of 250 documents as Sanad reads
	 * them, and written as the same JSON with the same library, without Sanad's model, checks or card.
	 */
	private static long baseline(CorpusStore sanad, Path data, String projectId, Path file) throws Exception {
		Files.createDirectories(file.getParent());
		// The benchmark's store stays open: H2 shares an open database with connections of the same process.
		String url = "jdbc:h2:" + data.resolve("store/sanad").toAbsolutePath() + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
		long documents = 0;
		try (Connection c = DriverManager.getConnection(url, "sanad", "");
				Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
				PreparedStatement page = c.prepareStatement("SELECT id, title, text_utf8, checksum FROM document"
						+ " WHERE project_id = ? AND seq >= ? ORDER BY project_id, seq FETCH NEXT 250 ROWS ONLY")) {
			long seq = 0;
			while (true) {
				page.setString(1, projectId);
				page.setLong(2, seq);
				List<String[]> rows = new ArrayList<>();
				try (ResultSet r = page.executeQuery()) {
					while (r.next()) {
						rows.add(new String[] { r.getString(1), r.getString(2),
								new String(r.getBytes(3), StandardCharsets.UTF_8), r.getString(4) });
					}
				}
				if (rows.isEmpty()) {
					return documents;
				}
				seq += rows.size();
				Map<String, List<Object[]>> annotations = annotationRows(c, rows);
				for (String[] row : rows) {
					writeLine(out, row, annotations.getOrDefault(row[0], List.of()));
					documents++;
				}
			}
		}
	}

	private static Map<String, List<Object[]>> annotationRows(Connection c, List<String[]> documents) throws Exception {
		Map<String, List<Object[]>> byDocument = new HashMap<>();
		String in = "(" + String.join(", ", Collections.nCopies(documents.size(), "?")) + ")";
		try (PreparedStatement select = c.prepareStatement("SELECT s.document_id, a.id, a.kind, a.begin_offset,"
				+ " a.end_offset, a.label, a.stance_target, a.polarity, a.holder_id, a.source_kind, a.reliability,"
				+ " a.credibility FROM annotation a JOIN annotation_set s ON s.id = a.set_id"
				+ " WHERE s.owner_key = '' AND s.document_id IN " + in)) {
			for (int i = 0; i < documents.size(); i++) {
				select.setString(i + 1, documents.get(i)[0]);
			}
			try (ResultSet r = select.executeQuery()) {
				while (r.next()) {
					byDocument.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
							.add(new Object[] { r.getString(2), r.getString(3), r.getObject(4), r.getObject(5),
									r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
									r.getString(11), r.getString(12) });
				}
			}
		}
		return byDocument;
	}

	private static void writeLine(Writer out, String[] document, List<Object[]> annotations) throws IOException {
		String text = document[2];
		JsonWriter json = new JsonWriter(out);
		json.setHtmlSafe(false);
		json.beginObject();
		json.name("id").value(document[0]);
		json.name("title").value(document[1]);
		json.name("text").value(text);
		json.name("checksum").value(document[3]);
		for (String kind : new String[] { "entity", "source", "stance" }) {
			json.name(kind + "s").beginArray();
			for (Object[] a : annotations) {
				if (!kind.equals(a[1])) {
					continue;
				}
				json.beginObject();
				json.name("id").value((String) a[0]);
				if (a[2] != null) {
					int begin = (Integer) a[2];
					int end = (Integer) a[3];
					json.name("begin").value(begin);
					json.name("end").value(end);
					json.name("text").value(text.substring(begin, end));
				}
				json.name("label").value((String) a[4]);
				json.name("target").value((String) a[5]);
				json.name("polarity").value((String) a[6]);
				json.name("holder").value((String) a[7]);
				json.name("kind").value((String) a[8]);
				json.name("reliability").value((String) a[9]);
				json.name("credibility").value((String) a[10]);
				json.endObject();
			}
			json.endArray();
		}
		json.endObject();
		json.flush();
		out.write('\n');
	}

	// --- XMI -----------------------------------------------------------------------------------

	private static void xmi(Path seeds, Path work, int n) throws Exception {
		Path data = prepare(seeds, work, n);
		Path out = work.resolve("xmi-out");
		Path again = work.resolve("xmi-again");
		System.out.println("\n| run | documents | uimaj-core serialize alone | Sanad XMI export | ratio |"
				+ " uimaj-core deserialize alone | Sanad XMI import | ratio |");
		System.out.println("|---|---|---|---|---|---|---|---|");
		List<Double> exportRatios = new ArrayList<>();
		List<Double> importRatios = new ArrayList<>();
		// Round 0 warms up; it also writes the files the baselines read (every export writes the same).
		Uima before = null;
		for (int run = 0; run <= RUNS; run++) {
			if (run > 0) {
				before = Uima.alone(out, again);
			}
			deleteTree(out);
			double sanadExport;
			String exportUsage;
			try (CorpusStore store = new H2StoreProvider().open(data)) {
				Project project = store.project("Export").orElseThrow();
				long start = System.nanoTime();
				Usage used = Usage.now();
				new Exporter(List.of(new XmiExport())).export(store, project, ExportOptions.of("xmi"), out,
						new NullProgressMonitor());
				sanadExport = seconds(start);
				exportUsage = used.since();
			}
			Path importData = work.resolve("xmi-import");
			deleteTree(importData);
			double sanadImport;
			String importUsage;
			try (CorpusStore store = new H2StoreProvider().open(importData)) {
				Project back = store.createProject("Back", null, DefaultSchema.create());
				long start = System.nanoTime();
				Usage used = Usage.now();
				ImportReport report = new DocumentImporter(List.of(new XmiFormat())).run(store, back, List.of(out),
						new ImportOptions(false, ImportOptions.DEFAULT_MAX_FILE_BYTES, Integer.getInteger("import.batch", ImportOptions.defaults().batchSize())), new NullProgressMonitor());
				sanadImport = seconds(start);
				importUsage = used.since();
				if (report.imported().size() != n || !report.problems().isEmpty()) {
					throw new IllegalStateException("XMI import: " + report.imported().size() + " documents, problems "
							+ report.problems().stream().limit(3).toList());
				}
			}
			if (run > 0) {
				// The baseline before and after Sanad's run, averaged: this machine's speed drifts by
				// tens of percent within a minute, and one baseline taken before or after moved the ratio with it.
				Uima after = Uima.alone(out, again);
				double ser = (before.serialize() + after.serialize()) / 2;
				double de = (before.deserialize() + after.deserialize()) / 2;
				exportRatios.add(sanadExport / ser);
				importRatios.add(sanadImport / de);
				System.out.printf("| %d | %,d | %.2f s (%.2f, %.2f) | %.2f s (%s) | %.2f× | %.2f s (%.2f, %.2f) | %.2f s (%s) | %.2f× |%n",
						run, n, ser, before.serialize(), after.serialize(), sanadExport, exportUsage, sanadExport / ser, de,
						before.deserialize(), after.deserialize(), sanadImport, importUsage, sanadImport / de);
			}
		}
		Collections.sort(exportRatios);
		Collections.sort(importRatios);
		System.out.printf("%nXMI: median export %.2f×, import %.2f× over %d runs%n",
				exportRatios.get(exportRatios.size() / 2), importRatios.get(importRatios.size() / 2), exportRatios.size());
		deleteTree(out);
		deleteTree(again);
		deleteTree(work.resolve("xmi-import"));
	}

	/**
	 * uimaj-core alone on the CASes of the files Sanad exported: each file read into a CAS (not
	 * timed), then only UIMA's own serializer timed, writing a file of its own; and only UIMA's
	 * deserializer on the same bytes, in seconds.
	 */
	private record Uima(double serialize, double deserialize) {

		static Uima alone(Path out, Path again) throws Exception {
			List<Path> files;
			try (Stream<Path> list = Files.list(out)) {
				files = list.filter(p -> p.toString().endsWith(".xmi")).sorted().toList();
			}
			CAS cas = CasCreationUtils.createCas(UIMAFramework.getXMLParser()
					.parseTypeSystemDescription(new XMLInputSource(out.resolve("TypeSystem.xml").toFile())), null, null);
			deleteTree(again);
			Files.createDirectories(again);
			long serialize = 0;
			long deserialize = 0;
			for (Path file : files) {
				byte[] bytes = Files.readAllBytes(file);
				cas.reset();
				long start = System.nanoTime();
				try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
					XmiCasDeserializer.deserialize(in, cas, false);
				}
				deserialize += System.nanoTime() - start;
				start = System.nanoTime();
				try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(again.resolve(file.getFileName())),
						1 << 16)) {
					XmiCasSerializer.serialize(cas, o);
				}
				serialize += System.nanoTime() - start;
			}
			return new Uima(serialize / 1e9, deserialize / 1e9);
		}
	}

	// --- The corpus ----------------------------------------------------------------------------

	/** @return the data folder of an imported, annotated corpus of n documents, made once */
	private static Path prepare(Path seeds, Path work, int n) throws Exception {
		Path data = work.resolve("export-" + n);
		if (Files.exists(data.resolve("ready"))) {
			return data;
		}
		deleteTree(data);
		Path corpus = work.resolve("corpus-" + n);
		new SyntheticCorpus(seeds).write(corpus, n);
		try (CorpusStore store = new H2StoreProvider().open(data)) {
			Project project = store.createProject("Export", null, DefaultSchema.create());
			long start = System.nanoTime();
			ImportReport report = new DocumentImporter(List.of(new PlainTextFormat())).run(store, project,
					List.of(corpus), ImportOptions.defaults(), new NullProgressMonitor());
			System.err.printf("Imported %,d documents in %.1f s%n", report.imported().size(), seconds(start));
			start = System.nanoTime();
			long annotations = 0;
			for (int offset = 0; offset < n; offset += 250) {
				List<Document> page = store.documents(project.getId(), offset, 250);
				Map<String, String> texts = store.texts(page.stream().map(Document::getId).toList());
				for (int i = 0; i < page.size(); i++) {
					List<Annotation> gold = annotations(texts.get(page.get(i).getId()), offset + i);
					store.apply(new AnnotationChange(page.get(i).getId(), null, "curator", 0, gold, List.of(), List.of(),
							null));
					annotations += gold.size();
				}
			}
			System.err.printf("Annotated with %,d gold annotations in %.1f s%n", annotations, seconds(start));
		}
		Files.createFile(data.resolve("ready"));
		return data;
	}

	/** About 50 annotations: entities on every occurrence of known words (up to 44), 3 sources, 3 stances. */
	private static List<Annotation> annotations(String text, int n) {
		SanadFactory f = SanadFactory.eINSTANCE;
		List<Annotation> out = new ArrayList<>();
		List<EntityMention> mentions = new ArrayList<>();
		for (int w = 0; w < WORDS.length && mentions.size() < 44; w++) {
			for (int at = text.indexOf(WORDS[w]); at >= 0 && mentions.size() < 44; at = text.indexOf(WORDS[w], at + 1)) {
				EntityMention m = f.createEntityMention();
				m.setId(TimeOrderedIds.next());
				m.setBegin(at);
				m.setEnd(at + WORDS[w].length());
				m.setLabel(LABELS[w]);
				mentions.add(m);
			}
		}
		mentions.sort(Comparator.comparingInt(EntityMention::getBegin));
		out.addAll(mentions);
		Random random = new Random(n);
		for (int s = 0; s < 3; s++) {
			int begin = random.nextInt(Math.max(1, text.length() - 200));
			SourceAttribution source = f.createSourceAttribution();
			source.setId(TimeOrderedIds.next());
			source.setBegin(begin);
			source.setEnd(begin + 30);
			source.setKind("named-official");
			source.setReliability(Reliability.get(1 + random.nextInt(6)));
			source.setCredibility(Credibility.get(1 + random.nextInt(6)));
			TextSpan claim = f.createTextSpan();
			claim.setBegin(begin + 40);
			claim.setEnd(begin + 120);
			source.getClaims().add(claim);
			out.add(source);
		}
		for (int s = 0; s < 3; s++) {
			Stance stance = f.createStance();
			stance.setId(TimeOrderedIds.next());
			stance.setTarget(s % 2 == 0 ? "us-presence-iraq" : "coalition-mission-end");
			stance.setPolarity(Polarity.get(random.nextInt(3)));
			if (s > 0) {
				int begin = random.nextInt(Math.max(1, text.length() - 100));
				TextSpan evidence = f.createTextSpan();
				evidence.setBegin(begin);
				evidence.setEnd(begin + 60);
				stance.setEvidence(evidence);
			}
			if (!mentions.isEmpty()) {
				stance.setHolder(mentions.get(0));
			}
			out.add(stance);
		}
		return out;
	}

	// --- Helpers -------------------------------------------------------------------------------

	/** The process's CPU time and the collectors' time from a moment on: where a slow run's time went. */
	private record Usage(long cpu, long gc) {

		static Usage now() {
			return new Usage(cpuNanos(), gcMillis());
		}

		/** @return for example {@code CPU 11.2 s, GC 0.8 s} */
		String since() {
			return String.format("CPU %.1f s, GC %.1f s", (cpuNanos() - cpu) / 1e9, (gcMillis() - gc) / 1e3);
		}

		private static long cpuNanos() {
			return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
					.getOperatingSystemMXBean()).getProcessCpuTime();
		}

		private static long gcMillis() {
			return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
					.mapToLong(java.lang.management.GarbageCollectorMXBean::getCollectionTime).sum();
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static void deleteTree(Path tree) throws IOException {
		if (!Files.exists(tree)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(tree)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
