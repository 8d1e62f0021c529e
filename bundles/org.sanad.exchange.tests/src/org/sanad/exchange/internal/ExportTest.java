package org.sanad.exchange.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanad.exchange.ExportOptions;
import org.sanad.exchange.ExportReport;
import org.sanad.exchange.OffsetUnit;
import org.sanad.exchange.SetSelection;
import org.sanad.exchange.Split;
import org.sanad.model.Project;
import org.sanad.store.CorpusStore;
import org.sanad.store.h2.internal.H2StoreProvider;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Exports from a real H2 store, read back as a consumer would. */
class ExportTest {

	@TempDir
	Path data;

	@TempDir
	Path out;

	private CorpusStore store;
	private Project project;
	private final Exporter exporter = new Exporter(List.of(new JsonlExport(), new CsvExport(), new ConllExport()));

	@BeforeEach
	void open() {
		store = new H2StoreProvider().open(data);
		project = Corpus.annotated(store, "Tricky");
	}

	@AfterEach
	void close() {
		store.close();
	}

	private ExportReport export(ExportOptions options, Path directory) throws IOException {
		return exporter.export(store, project, options, directory, new NullProgressMonitor());
	}

	static List<JsonObject> lines(Path file) throws IOException {
		List<JsonObject> lines = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			lines.add(JsonParser.parseString(line).getAsJsonObject());
		}
		return lines;
	}

	/** @return the text between two offsets counted in the given unit, as a Python or Java reader slices it */
	static String slice(String text, int begin, int end, OffsetUnit unit) {
		if (unit == OffsetUnit.UTF16) {
			return text.substring(begin, end);
		}
		int[] codePoints = text.codePoints().toArray();
		return new String(codePoints, begin, end - begin);
	}

	@Test
	void curatedOnlyWritesTheDocumentsACuratorMarkedCuratedAndTheCardCountsThem() throws IOException {
		String tricky = store.documentIds(project.getId()).get(0);
		long revision = store.annotationSet(tricky, null).getRevision();
		store.apply(new org.sanad.store.AnnotationChange(tricky, null, "carol", revision, List.of(), List.of(),
				List.of(), org.sanad.model.SetStatus.CURATED));
		export(ExportOptions.of("jsonl").withSets(org.sanad.exchange.SetSelection.all()).withCuratedOnly(true), out);
		List<JsonObject> gold = lines(out.resolve("gold/documents.jsonl"));
		assertEquals(1, gold.size());
		assertEquals(tricky, gold.get(0).get("id").getAsString());
		assertEquals(1, lines(out.resolve("ann/documents.jsonl")).size(), "annotators' sets: curated documents too");
		JsonObject card = JsonParser.parseString(Files.readString(out.resolve("card.json"))).getAsJsonObject();
		assertTrue(card.get("curated_only").getAsBoolean());
		assertEquals(1, card.getAsJsonArray("sets").get(0).getAsJsonObject().get("curated_documents").getAsInt());
		assertTrue(Files.readString(out.resolve("README.md")).contains("1 documents (1 marked curated), curated documents only"));

		Path all = data.resolve("all");
		export(ExportOptions.of("jsonl"), all);
		JsonObject full = JsonParser.parseString(Files.readString(all.resolve("card.json"))).getAsJsonObject();
		assertEquals(2, full.getAsJsonArray("sets").get(0).getAsJsonObject().get("documents").getAsInt());
		assertEquals(1, full.getAsJsonArray("sets").get(0).getAsJsonObject().get("curated_documents").getAsInt());
	}

	@ParameterizedTest
	@EnumSource(OffsetUnit.class)
	void everyJsonlSpanCoversItsTextInTheStatedUnit(OffsetUnit unit) throws IOException {
		export(ExportOptions.of("jsonl").withOffsets(unit), out);
		List<JsonObject> documents = lines(out.resolve("documents.jsonl"));
		assertEquals(2, documents.size());
		int spans = 0;
		for (JsonObject d : documents) {
			assertEquals(unit.id(), d.get("offsets").getAsString());
			assertTrue(d.get("annotator").isJsonNull(), "gold");
			String text = d.get("text").getAsString();
			List<JsonObject> all = new ArrayList<>();
			d.getAsJsonArray("entities").forEach(e -> all.add(e.getAsJsonObject()));
			for (JsonElement s : d.getAsJsonArray("sources")) {
				all.add(s.getAsJsonObject());
				s.getAsJsonObject().getAsJsonArray("claims").forEach(c -> all.add(c.getAsJsonObject()));
			}
			for (JsonElement s : d.getAsJsonArray("stances")) {
				if (!s.getAsJsonObject().get("begin").isJsonNull()) {
					all.add(s.getAsJsonObject());
				}
			}
			for (JsonObject span : all) {
				assertEquals(span.get("text").getAsString(),
						slice(text, span.get("begin").getAsInt(), span.get("end").getAsInt(), unit), span.toString());
				spans++;
			}
		}
		assertEquals(11, spans, "5 entities, 2 sources, 1 claim, 1 evidence; 2 entities in the plain text");
		JsonObject tricky = documents.get(0);
		assertEquals(Corpus.TRICKY, tricky.get("text").getAsString(), "the text whole, CRLF and all");
		int ryder = Corpus.TRICKY.indexOf("باتريك");
		int expected = unit == OffsetUnit.CODEPOINT ? Corpus.TRICKY.codePointCount(0, ryder) : ryder;
		JsonObject per = tricky.getAsJsonArray("entities").asList().stream().map(JsonElement::getAsJsonObject)
				.filter(e -> e.get("label").getAsString().equals("PER")).findFirst().orElseThrow();
		assertEquals(expected, per.get("begin").getAsInt());
		if (unit == OffsetUnit.CODEPOINT) {
			assertEquals(ryder - 1, expected, "one emoji before it counts once");
		}
	}

	@Test
	void jsonlCarriesEveryLayerWithSchemaIdsRegistryAndHolder() throws IOException {
		export(ExportOptions.of("jsonl"), out);
		JsonObject tricky = lines(out.resolve("documents.jsonl")).get(0);
		List<String> labels = tricky.getAsJsonArray("entities").asList().stream()
				.map(e -> e.getAsJsonObject().get("label").getAsString()).toList();
		assertEquals(List.of("ORG", "PER", "PER", "QUANTITY", "FAC"), labels, "in text order; boilerplate's ORG left out");
		JsonArray sources = tricky.getAsJsonArray("sources");
		JsonObject named = sources.get(0).getAsJsonObject();
		assertEquals("named-official", named.get("kind").getAsString());
		assertEquals("B", named.get("reliability").getAsString());
		assertEquals("2", named.get("credibility").getAsString());
		assertEquals("Pentagon", named.get("registry").getAsString());
		assertEquals("2,500 جندي 👨‍👩‍👧 باقون في عين الأسد", named.getAsJsonArray("claims").get(0).getAsJsonObject()
				.get("text").getAsString());
		JsonObject anonymous = sources.get(1).getAsJsonObject();
		assertEquals("F", anonymous.get("reliability").getAsString());
		assertTrue(anonymous.get("credibility").isJsonNull(), "unrated is null");
		assertTrue(anonymous.get("registry").isJsonNull());
		JsonArray stances = tricky.getAsJsonArray("stances");
		JsonObject documentLevel = stances.get(0).getAsJsonObject();
		assertEquals("us-presence-iraq", documentLevel.get("target").getAsString());
		assertTrue(documentLevel.get("begin").isJsonNull() && documentLevel.get("text").isJsonNull());
		String holder = documentLevel.get("holder").getAsString();
		assertEquals("باتريك رايدر", tricky.getAsJsonArray("entities").asList().stream().map(JsonElement::getAsJsonObject)
				.filter(e -> e.get("id").getAsString().equals(holder)).findFirst().orElseThrow().get("text").getAsString());
		assertEquals("AGAINST", stances.get(1).getAsJsonObject().get("polarity").getAsString());
		assertEquals(0, tricky.getAsJsonArray("boilerplate").get(0).getAsJsonObject().get("begin").getAsInt());
		assertEquals(15, tricky.getAsJsonArray("boilerplate").get(0).getAsJsonObject().get("end").getAsInt());
	}

	@Test
	void boilerplatesAnnotationsComeBackWhenAskedFor() throws IOException {
		export(ExportOptions.of("jsonl").withBoilerplate(true), out);
		JsonObject tricky = lines(out.resolve("documents.jsonl")).get(0);
		assertEquals("with", tricky.getAsJsonArray("entities").get(0).getAsJsonObject().get("text").getAsString());
	}

	@Test
	void allSetsGoIntoOneFolderEachAndPseudonymsAreStable() throws IOException {
		ExportReport report = export(ExportOptions.of("jsonl").withSets(SetSelection.all()), out);
		assertEquals(Map.of("gold", 2, "ann", 2, "bob", 1), report.documents());
		assertEquals("bob", lines(out.resolve("bob/documents.jsonl")).get(0).get("annotator").getAsString());
		assertEquals("FAC", lines(out.resolve("bob/documents.jsonl")).get(0).getAsJsonArray("entities").get(0)
				.getAsJsonObject().get("label").getAsString(), "bob's own labels");

		Path first = out.resolve("p1");
		Path second = out.resolve("p2");
		export(ExportOptions.of("jsonl").withSets(SetSelection.all()).withPseudonyms(true), first);
		export(ExportOptions.of("jsonl").withSets(SetSelection.annotator("bob")).withPseudonyms(true), second);
		Set<String> folders = new HashSet<>();
		try (Stream<Path> list = Files.list(first)) {
			list.filter(Files::isDirectory).forEach(p -> folders.add(p.getFileName().toString()));
		}
		assertEquals(3, folders.size());
		assertFalse(folders.contains("ann") || folders.contains("bob"), folders.toString());
		String bob = lines(second.resolve("documents.jsonl")).get(0).get("annotator").getAsString();
		assertTrue(bob.matches("annotator-[0-9a-f]{8}"), bob);
		assertTrue(folders.contains(bob), "the same pseudonym in both exports");
		assertFalse(Files.readString(first.resolve("card.json")).contains("\"bob\""));
	}

	@Test
	void theCardCountsAndChecksumsEveryFile() throws IOException {
		export(ExportOptions.of("jsonl").withSets(SetSelection.all()).withLicence("CC BY 4.0"), out);
		JsonObject card = JsonParser.parseString(Files.readString(out.resolve("card.json"))).getAsJsonObject();
		assertEquals("Tricky", card.get("project").getAsString());
		assertEquals("codepoint", card.get("offsets").getAsString());
		assertEquals("CC BY 4.0", card.get("licence").getAsString());
		assertEquals(1, card.getAsJsonObject("schema").get("version").getAsInt());
		assertEquals(9, card.getAsJsonObject("schema").getAsJsonArray("entity_labels").size());
		JsonObject files = card.getAsJsonObject("files");
		assertEquals(Set.of("gold/documents.jsonl", "ann/documents.jsonl", "bob/documents.jsonl"), files.keySet());
		for (String file : files.keySet()) {
			assertEquals(sha256(out.resolve(file)), files.get(file).getAsString(), "the file as it is on disk");
			assertTrue(files.get(file).getAsString().matches("[0-9a-f]{64}"));
		}
		JsonObject gold = card.getAsJsonArray("sets").get(0).getAsJsonObject();
		assertEquals(2, gold.get("documents").getAsInt());
		assertEquals(1, gold.get("left_out_in_boilerplate").getAsInt());
		JsonObject entities = gold.getAsJsonObject("counts").getAsJsonObject("entity");
		assertEquals(2, entities.get("PER").getAsInt());
		assertEquals(2, entities.get("ORG").getAsInt(), "one in each text, the boilerplate's left out");
		JsonObject reliability = gold.getAsJsonObject("counts").getAsJsonObject("source").getAsJsonObject("reliability");
		assertEquals(1, reliability.get("B").getAsInt());
		assertEquals(1, reliability.get("F").getAsInt());
		assertTrue(gold.get("tokens").getAsLong() > 20);
		String readme = Files.readString(out.resolve("README.md"));
		assertTrue(readme.contains(files.get("bob/documents.jsonl").getAsString() + "  bob/documents.jsonl"), readme);
		assertTrue(readme.contains("code points"), readme);
	}

	@Test
	void aFolderThatIsNotEmptyIsRefusedAndKeepsItsFiles() throws IOException {
		Files.writeString(out.resolve("mine.txt"), "keep me");
		var error = assertThrows(IllegalArgumentException.class, () -> export(ExportOptions.of("jsonl"), out));
		assertTrue(error.getMessage().contains("not empty"), error.getMessage());
		assertEquals(List.of("mine.txt"), list(out));
	}

	@Test
	void aCanceledExportLeavesNothing() throws IOException {
		NullProgressMonitor canceled = new NullProgressMonitor();
		canceled.setCanceled(true);
		Path target = out.resolve("new");
		ExportReport report = exporter.export(store, project, ExportOptions.of("jsonl").withSets(SetSelection.all()),
				target, canceled);
		assertTrue(report.canceled());
		assertFalse(Files.exists(target), "the folder it made is gone");
		Path existing = Files.createDirectory(out.resolve("existing"));
		exporter.export(store, project, ExportOptions.of("jsonl"), existing, canceled);
		assertEquals(List.of(), list(existing));
	}

	@Test
	void aWriterThatFailsLeavesNothingEither() throws IOException {
		Exporter failing = new Exporter(List.of(new org.sanad.exchange.ExportFormat() {
			@Override
			public String name() {
				return "broken";
			}

			@Override
			public String summary() {
				return "fails on its second document";
			}

			@Override
			public org.sanad.exchange.DatasetWriter open(org.sanad.exchange.ExportTarget target) throws IOException {
				java.io.Writer file = target.create("half.txt");
				return new org.sanad.exchange.DatasetWriter() {
					int written;

					@Override
					public void write(org.sanad.exchange.ExportedDocument document) throws IOException {
						if (++written == 2) {
							throw new IOException("disk full");
						}
						file.write(document.document().getText());
					}

					@Override
					public void close() throws IOException {
						file.close();
					}
				};
			}
		}));
		assertThrows(IOException.class,
				() -> failing.export(store, project, ExportOptions.of("broken"), out, new NullProgressMonitor()));
		assertEquals(List.of(), list(out));
	}

	@Test
	void aSplitIsReproducibleExactAndRecorded() throws IOException {
		for (int i = 0; i < 18; i++) {
			var d = Corpus.document("extra" + i, "نص إضافي رقم " + i);
			store.addDocuments(project.getId(), List.of(d));
			store.apply(org.sanad.store.AnnotationChange.create(d.getId(), null, "curator", 0,
					Corpus.entity(d.getText(), "نص", 0, "ORG")));
		}
		ExportOptions options = ExportOptions.of("jsonl").withSplit(Split.parse("80/10/10", 7));
		export(options, out.resolve("a"));
		export(options, out.resolve("b"));
		export(options.withSplit(Split.parse("80/10/10", 8)), out.resolve("c"));
		assertEquals(16, lines(out.resolve("a/train.jsonl")).size());
		assertEquals(2, lines(out.resolve("a/dev.jsonl")).size());
		assertEquals(2, lines(out.resolve("a/test.jsonl")).size());
		for (String part : List.of("train", "dev", "test")) {
			assertEquals(Files.readString(out.resolve("a/" + part + ".jsonl")),
					Files.readString(out.resolve("b/" + part + ".jsonl")), part);
		}
		assertNotEquals(Files.readString(out.resolve("a/test.jsonl")), Files.readString(out.resolve("c/test.jsonl")));
		JsonObject split = JsonParser.parseString(Files.readString(out.resolve("a/card.json"))).getAsJsonObject()
				.getAsJsonObject("split");
		assertEquals(7, split.get("seed").getAsInt());
		assertThrows(IllegalArgumentException.class, () -> Split.parse("80/10/5", 1));
	}

	@Test
	void withoutTextsOnlyOffsetsChecksumsAndOriginsLeave() throws IOException {
		export(ExportOptions.of("jsonl").withoutText(true), out);
		String file = Files.readString(out.resolve("documents.jsonl"));
		assertFalse(file.contains("رايدر"), "no word of the text");
		JsonObject tricky = lines(out.resolve("documents.jsonl")).get(0);
		assertTrue(tricky.get("text").isJsonNull());
		assertEquals(org.sanad.model.text.TextChecksum.of(Corpus.TRICKY), tricky.get("checksum").getAsString());
		assertEquals("tricky.txt", tricky.get("origin").getAsString());
		assertTrue(Files.readString(out.resolve("README.md")).contains("Rebuilding the texts"));
		var error = assertThrows(IllegalArgumentException.class,
				() -> export(ExportOptions.of("conll").withoutText(true), out.resolve("conll")));
		assertTrue(error.getMessage().contains("CoNLL"), error.getMessage());
	}

	@Test
	void csvRowsReadBackWithCommonsCsv() throws IOException {
		export(ExportOptions.of("csv").withSets(SetSelection.annotator("ann")).withOffsets(OffsetUnit.UTF16), out);
		List<CSVRecord> sources = records(out.resolve("sources.csv"));
		assertEquals(2, sources.size());
		CSVRecord named = sources.get(0);
		assertEquals("المتحدثُ باسم البنتاغـــون 😀 باتريك رايدر", named.get("text"));
		String[] span = named.get("span").split("-");
		assertEquals(named.get("text"), Corpus.TRICKY.substring(Integer.parseInt(span[0]), Integer.parseInt(span[1])));
		assertEquals("B", named.get("reliability"));
		assertEquals("Pentagon", named.get("registry"));
		assertEquals("ann", named.get("annotator"));
		assertEquals("", sources.get(1).get("credibility"), "unrated");
		List<CSVRecord> stances = records(out.resolve("stances.csv"));
		assertEquals(2, stances.size());
		assertEquals("باتريك رايدر", stances.get(0).get("holder"));
		assertEquals("", stances.get(0).get("span"), "document-level");
		assertEquals("القوات ستبقى", stances.get(1).get("text"));
	}

	static List<CSVRecord> records(Path file) throws IOException {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
		}
	}

	@Test
	void anUnknownFormatOrAnnotatorIsNamed() {
		var format = assertThrows(IllegalArgumentException.class, () -> export(ExportOptions.of("xlsx"), out));
		assertTrue(format.getMessage().contains("xlsx") && format.getMessage().contains("jsonl"), format.getMessage());
		var annotator = assertThrows(IllegalArgumentException.class,
				() -> export(ExportOptions.of("jsonl").withSets(SetSelection.annotator("carol")), out));
		assertTrue(annotator.getMessage().contains("carol") && annotator.getMessage().contains("ann, bob"),
				annotator.getMessage());
	}

	/** SHA-256 of a file as it is on disk, read again: the oracle for the card's checksums. */
	static String sha256(Path file) throws IOException {
		try {
			return java.util.HexFormat.of()
					.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	static List<String> list(Path folder) throws IOException {
		try (Stream<Path> list = Files.list(folder)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
