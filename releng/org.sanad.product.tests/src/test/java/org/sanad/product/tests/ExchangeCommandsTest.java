package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sanad import of annotated JSONL and sanad export, on the real product. */
class ExchangeCommandsTest {

	private static final String TEXT = "قال 😀 باتريك رايدر إن القوات باقية في عين الأسد";

	@TempDir
	Path data;

	@TempDir
	Path work;

	/** A gold line and ann's line for one text, in code point offsets. */
	private Path annotated() throws Exception {
		String entities = "\"entities\":[{\"id\":\"e1\",\"begin\":6,\"end\":18,\"label\":\"PER\",\"text\":\"باتريك رايدر\"},"
				+ "{\"id\":\"e2\",\"begin\":38,\"end\":47,\"label\":\"FAC\",\"text\":\"عين الأسد\"}]";
		String rest = ",\"sources\":[{\"id\":\"s1\",\"begin\":6,\"end\":18,\"text\":\"باتريك رايدر\",\"kind\":\"named-official\","
				+ "\"reliability\":\"B\",\"credibility\":\"2\",\"registry\":\"Pentagon\",\"claims\":[]}],"
				+ "\"stances\":[{\"id\":\"st\",\"target\":\"us-presence-iraq\",\"polarity\":\"FAVOR\",\"holder\":\"e1\","
				+ "\"begin\":null,\"end\":null,\"text\":null}]}";
		String gold = "{\"title\":\"t\",\"text\":\"" + TEXT + "\",\"annotator\":null," + entities + rest;
		String ann = "{\"title\":\"t\",\"text\":\"" + TEXT + "\",\"annotator\":\"ann\"," + entities.replace("FAC", "GPE")
				+ rest;
		return Files.writeString(work.resolve("in.jsonl"), gold + "\n" + ann + "\n", StandardCharsets.UTF_8);
	}

	@Test
	void annotationsGoInAndComeOutExactlyInEveryFormat() throws Exception {
		Product.Run imported = Product.run(data, "import", annotated().toString(), "--project", "Ex");
		assertEquals(0, imported.exitCode(), imported.err());
		assertTrue(imported.out().contains("Imported 1 document and 8 annotations (2 sets) into 'Ex'"),
				imported.out());
		Product.Run again = Product.run(data, "import", annotated().toString(), "--project", "Ex");
		assertEquals(1, again.exitCode(), again.err());
		assertTrue(again.err().contains("in.jsonl:1: document ") && again.err().contains("already has 4 annotations"),
				again.err());

		Path jsonl = work.resolve("jsonl");
		Product.Run export = Product.run(data, "export", "--project", "Ex", "--format", "jsonl", "--out",
				jsonl.toString(), "--set", "all");
		assertEquals(0, export.exitCode(), export.err());
		assertTrue(export.out().contains("gold: 1 document") && export.out().contains("ann: 1 document"), export.out());
		String gold = Files.readString(jsonl.resolve("gold/documents.jsonl"));
		assertTrue(gold.contains("\"begin\":6,\"end\":18,\"text\":\"باتريك رايدر\",\"label\":\"PER\""), gold);
		assertTrue(gold.contains("\"offsets\":\"codepoint\""));
		String card = Files.readString(jsonl.resolve("card.json"));
		assertTrue(card.contains("\"sanad_version\": \"0.1.0."), card);
		assertTrue(card.contains("\"gold/documents.jsonl\": \""), card);

		Product.Run back = Product.run(data, "import", jsonl.resolve("gold/documents.jsonl").toString(),
				jsonl.resolve("ann/documents.jsonl").toString(), "--project", "Back");
		assertEquals(0, back.exitCode(), back.err());
		Path second = work.resolve("second");
		assertEquals(0, Product.run(data, "export", "--project", "Back", "--format", "jsonl", "--out", second.toString(),
				"--set", "all").exitCode());
		assertEquals(withoutIds(gold), withoutIds(Files.readString(second.resolve("gold/documents.jsonl"))));

		Path conll = work.resolve("conll");
		Product.Run conllRun = Product.run(data, "export", "--project", "Ex", "--format", "conll", "--out",
				conll.toString(), "--scheme", "iob1");
		assertEquals(0, conllRun.exitCode(), conllRun.err());
		List<String> lines = Files.readAllLines(conll.resolve("entities.conll"));
		assertTrue(lines.containsAll(List.of("باتريك _ _ I-PER", "رايدر _ _ I-PER", "عين _ _ I-FAC")), lines.toString());

		Path csv = work.resolve("csv");
		assertEquals(0, Product.run(data, "export", "--project", "Ex", "--format", "csv", "--out", csv.toString(),
				"--set", "ann", "--offsets", "utf16", "--pseudonymise").exitCode());
		List<String> sources = Files.readAllLines(csv.resolve("sources.csv"));
		assertEquals("document,span,text,kind,registry,reliability,credibility,annotator", sources.get(0));
		assertTrue(sources.get(1).contains(",7-19,باتريك رايدر,named-official,Pentagon,B,2,annotator-"), sources.get(1));
		assertFalse(sources.get(1).endsWith(",ann"), "the name is not in it");
	}

	@Test
	void wrongExportsSayWhyAndWriteNothing() throws Exception {
		Path full = Files.createDirectories(work.resolve("full"));
		Files.writeString(full.resolve("mine.txt"), "mine");
		Product.Run notEmpty = Product.run(data, "export", "--project", "Seeds", "--format", "jsonl", "--out",
				full.toString());
		assertEquals(1, notEmpty.exitCode());
		assertTrue(notEmpty.err().contains("is not empty"), notEmpty.err());
		assertEquals(List.of(full.resolve("mine.txt")), Files.list(full).toList());

		Product.Run format = Product.run(data, "export", "--project", "Seeds", "--format", "xlsx", "--out",
				work.resolve("x").toString());
		assertEquals(2, format.exitCode());
		assertTrue(format.err().contains("no format 'xlsx' (formats: conll, csv, jsonl, xmi)"), format.err());
		Product.Run scheme = Product.run(data, "export", "--project", "Seeds", "--format", "jsonl", "--out",
				work.resolve("y").toString(), "--scheme", "iob1");
		assertEquals(2, scheme.exitCode());
		assertFalse(Files.exists(work.resolve("x")) || Files.exists(work.resolve("y")));
	}

	private static String withoutIds(String jsonl) {
		return jsonl.replaceAll("\"(id|holder)\":\"[^\"]+\"", "\"$1\":\"…\"");
	}
}
