package org.sanad.exchange.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.exchange.ExportOptions;
import org.sanad.exchange.ExportReport;
import org.sanad.model.Project;
import org.sanad.store.CorpusStore;
import org.sanad.store.h2.internal.H2StoreProvider;

import com.google.gson.JsonParser;

class ConllExportTest {

	@TempDir
	Path data;

	@TempDir
	Path out;

	private CorpusStore store;
	private Project project;
	private final Exporter exporter = new Exporter(List.of(new ConllExport()));

	@BeforeEach
	void open() {
		store = new H2StoreProvider().open(data);
		project = Corpus.annotated(store, "Tricky");
	}

	@AfterEach
	void close() {
		store.close();
	}

	/** @return the sentences, each a list of "FORM TAG" */
	private List<List<String>> sentences(Path file) throws IOException {
		List<List<String>> sentences = new ArrayList<>();
		List<String> sentence = new ArrayList<>();
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.isEmpty()) {
				if (!sentence.isEmpty()) {
					sentences.add(sentence);
				}
				sentence = new ArrayList<>();
				continue;
			}
			String[] columns = line.split(" ");
			assertEquals(4, columns.length, line);
			assertEquals("_", columns[1]);
			assertEquals("_", columns[2]);
			sentence.add(columns[0] + " " + columns[3]);
		}
		assertTrue(sentence.isEmpty(), "the file ends with a blank line");
		return sentences;
	}

	@Test
	void iob2TagsTokensAndSentencesWithNestedEntitiesDropped() throws IOException {
		ExportReport report = exporter.export(store, project, ExportOptions.of("conll"), out, new NullProgressMonitor());
		List<List<String>> sentences = sentences(out.resolve("entities.conll"));
		assertEquals(3, sentences.size(), sentences.toString());
		List<String> first = sentences.get(0);
		assertFalse(first.contains("Connect O"), "boilerplate left out");
		assertEquals("قالَ O", first.get(0));
		assertTrue(first.contains("البنتاغـــون B-ORG"), first.toString());
		int ryder = first.indexOf("باتريك B-PER");
		assertEquals("رايدر I-PER", first.get(ryder + 1));
		assertTrue(first.contains("😀 O"));
		assertTrue(first.containsAll(List.of("2,500 B-QUANTITY", "جندي I-QUANTITY", "👨‍👩‍👧 O", "عين B-FAC",
				"الأسد I-FAC", ". O")), first.toString());
		assertEquals("؟ O", sentences.get(1).get(sentences.get(1).size() - 1), "Arabic question mark ends it");
		assertEquals(List.of("أعلنت O", "وزارة B-ORG", "الدفاع I-ORG", "العراقية I-ORG", "في O", "بغداد B-GPE",
				"انتهاء O", "المهمة O", ". O"), sentences.get(2));
		String tricky = store.documents(project.getId(), 0, 1).get(0).getId();
		assertEquals(List.of(tricky + ": 1 " + ConllExport.DROPPED), report.dropped());
		var card = JsonParser.parseString(Files.readString(out.resolve("card.json"))).getAsJsonObject();
		assertEquals(1, card.getAsJsonArray("sets").get(0).getAsJsonObject().getAsJsonObject("dropped").get("total")
				.getAsInt());
	}

	@Test
	void iob1BeginsOnlyWhereTheSameTypeTouchesAndDocstartIsOptIn() throws IOException {
		var d = Corpus.document("adjacent", "زار بغداد الموصل أمس");
		store.addDocuments(project.getId(), List.of(d));
		String text = d.getText();
		store.apply(org.sanad.store.AnnotationChange.create(d.getId(), null, "curator", 0,
				Corpus.entity(text, "بغداد", 0, "GPE"), Corpus.entity(text, "الموصل", 0, "GPE")));
		exporter.export(store, project,
				ExportOptions.of("conll").withFormatOption("scheme", "iob1").withFormatOption("docstart", "true"), out,
				new NullProgressMonitor());
		List<String> lines = Files.readAllLines(out.resolve("entities.conll"));
		assertEquals("-DOCSTART- -X- -X- O", lines.get(0));
		assertEquals(3, lines.stream().filter(l -> l.startsWith("-DOCSTART-")).count());
		int at = lines.lastIndexOf("بغداد _ _ I-GPE");
		assertTrue(at > 0, lines.toString());
		assertEquals("الموصل _ _ B-GPE", lines.get(at + 1));
	}

	@Test
	void aTokenIsCutWhereAnEntityBeginsInsideIt() throws IOException {
		var d = Corpus.document("clitic", "قال والبنتاغون إن");
		store.addDocuments(project.getId(), List.of(d));
		store.apply(org.sanad.store.AnnotationChange.create(d.getId(), null, "curator", 0,
				Corpus.entity(d.getText(), "البنتاغون", 0, "ORG")));
		exporter.export(store, project, ExportOptions.of("conll"), out, new NullProgressMonitor());
		List<String> lines = Files.readAllLines(out.resolve("entities.conll"));
		int at = lines.indexOf("و _ _ O");
		assertEquals("البنتاغون _ _ B-ORG", lines.get(at + 1));
	}
}
