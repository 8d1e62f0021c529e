package org.sanad.exchange.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanad.exchange.ExportOptions;
import org.sanad.exchange.OffsetUnit;
import org.sanad.exchange.SetSelection;
import org.sanad.exchange.text.Tokenizer;
import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportReport;
import org.sanad.importer.internal.DocumentImporter;
import org.sanad.importer.internal.JsonlFormat;
import org.sanad.importer.internal.PlainTextFormat;
import org.sanad.model.Annotation;
import org.sanad.model.Credibility;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Project;
import org.sanad.model.Reliability;
import org.sanad.model.SourceAttribution;
import org.sanad.model.TextSpan;
import org.sanad.store.AnnotationChange;
import org.sanad.store.CorpusStore;
import org.sanad.store.h2.internal.H2StoreProvider;

/**
 * Export, import into a new project, export again: the files are the same to the byte but for
 * Sanad's ids, which an import makes anew (documents and annotations alike).
 */
class RoundTripTest {

	private static final Pattern ID = Pattern.compile("\"(?:id|holder)\":\"([^\"]+)\"");

	@TempDir
	Path data;

	@TempDir
	Path out;

	private CorpusStore store;
	private Project project;
	private final Exporter exporter = new Exporter(List.of(new JsonlExport()));

	@BeforeEach
	void open() {
		store = new H2StoreProvider().open(data);
		project = Corpus.annotated(store, "Tricky");
		ImportReport seeds = new DocumentImporter(List.of(new PlainTextFormat())).run(store, project,
				List.of(Path.of(System.getProperty("sanad.seeds"))), ImportOptions.defaults(), new NullProgressMonitor());
		assertEquals(5, seeds.imported().size(), seeds.problems().toString());
		for (Document seed : seeds.imported()) {
			annotateEveryLayer(store.document(seed.getId()).orElseThrow());
		}
		project = store.project(project.getId()).orElseThrow();
	}

	@AfterEach
	void close() {
		store.close();
	}

	/** Gold and ann's sets on a seed: an entity with one nested in it, a rated source with a claim, two stances. */
	private void annotateEveryLayer(Document seed) {
		String text = seed.getText();
		int start = seed.getBoilerplate().isEmpty() || seed.getBoilerplate().get(0).getBegin() > 0 ? 0
				: seed.getBoilerplate().get(0).getEnd();
		List<int[]> words = Tokenizer.tokens(text, start, text.length()).stream()
				.filter(t -> Character.isLetter(text.codePointAt(t[0]))).limit(12).toList();
		for (String owner : new String[] { null, "ann" }) {
			EntityMention outer = mention(words.get(0)[0], words.get(1)[1], "PER");
			EntityMention inner = mention(words.get(1)[0], words.get(1)[1], owner == null ? "ORG" : "GPE");
			SourceAttribution source = Corpus.F.createSourceAttribution();
			source.setId(org.sanad.model.ids.TimeOrderedIds.next());
			source.setBegin(words.get(3)[0]);
			source.setEnd(words.get(5)[1]);
			source.setKind("anonymous-official");
			source.setReliability(owner == null ? Reliability.C : Reliability.D);
			source.setCredibility(Credibility.POSSIBLY_TRUE);
			source.getClaims().add(span(words.get(6)[0], words.get(8)[1]));
			var documentLevel = Corpus.stance("us-presence-iraq", Polarity.AGAINST, outer, null);
			var evidenced = Corpus.stance("coalition-mission-end", Polarity.NEUTRAL, null,
					span(words.get(9)[0], words.get(11)[1]));
			List<Annotation> all = List.of(outer, inner, source, documentLevel, evidenced);
			store.apply(new AnnotationChange(seed.getId(), owner, "test", 0, all, List.of(), List.of(), null));
		}
	}

	private static EntityMention mention(int begin, int end, String label) {
		EntityMention m = Corpus.F.createEntityMention();
		m.setId(org.sanad.model.ids.TimeOrderedIds.next());
		m.setBegin(begin);
		m.setEnd(end);
		m.setLabel(label);
		return m;
	}

	private static TextSpan span(int begin, int end) {
		TextSpan span = Corpus.F.createTextSpan();
		span.setBegin(begin);
		span.setEnd(end);
		return span;
	}

	@ParameterizedTest
	@EnumSource(OffsetUnit.class)
	void exportImportExportGivesTheSameBytesButForIds(OffsetUnit unit) throws IOException {
		ExportOptions options = ExportOptions.of("jsonl").withSets(SetSelection.all()).withOffsets(unit);
		exporter.export(store, project, options, out.resolve("first"), new NullProgressMonitor());

		Project back = store.createProject("Back", null, org.sanad.model.schema.DefaultSchema.create());
		List<Path> files = List.of("gold", "ann", "bob").stream()
				.map(set -> out.resolve("first").resolve(set).resolve("documents.jsonl")).toList();
		ImportReport report = new DocumentImporter(List.of(new JsonlFormat())).run(store, back, files,
				ImportOptions.defaults(), new NullProgressMonitor());
		assertTrue(report.complete(), report.problems().toString());
		assertEquals(7, report.imported().size());
		assertEquals(7 + 7 + 1, report.annotationSets());
		back = store.project(back.getId()).orElseThrow();
		exporter.export(store, back, options, out.resolve("second"), new NullProgressMonitor());

		int lines = 0;
		for (Path file : files) {
			String first = Files.readString(file, StandardCharsets.UTF_8);
			String second = Files.readString(out.resolve("second").resolve(out.resolve("first").relativize(file)),
					StandardCharsets.UTF_8);
			assertNotEquals(first, second, "the ids are new");
			assertEquals(withoutIds(first), withoutIds(second), file.toString());
			lines += first.split("\n").length;
		}
		assertEquals(15, lines);
		assertTrue(Files.readString(files.get(0)).contains("\"reliability\":\"C\""), "every layer is in it");
	}

	/** @return the text with every id replaced by its rank of first appearance, so that only the structure counts */
	static String withoutIds(String jsonl) {
		Map<String, String> ranks = new LinkedHashMap<>();
		Matcher matcher = ID.matcher(jsonl);
		StringBuilder result = new StringBuilder();
		while (matcher.find()) {
			String rank = ranks.computeIfAbsent(matcher.group(1), k -> "#" + ranks.size());
			matcher.appendReplacement(result, Matcher.quoteReplacement(matcher.group().replace(matcher.group(1), rank)));
		}
		matcher.appendTail(result);
		return result.toString();
	}
}
