package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A curator curates a seed document that three annotators annotated: the project's reasons are set,
 * the Agreement part measures them, the curation editor opens with the unanimous unit merged, the
 * curator accepts one annotator's label with one of the project's reasons, rejects a span by key
 * with a reason of their own, accepts by key, marks the document
 * curated; the gold set is exported; an annotator then sees where the gold differs from them.
 */
class CurationWorkflowTest {

	private static final String SEED = "004_8e556289dbe8b4f6.txt";
	private static final String TITLE = "العراق يطالب أمريكا بحوار استراتيجي";

	@TempDir
	Path data;
	@TempDir
	Path scripts;
	@TempDir
	Path work;

	private static String entity(String text, String covered, String label) {
		int at = text.indexOf(covered);
		assertTrue(at >= 0, covered);
		return "{\"begin\":" + text.codePointCount(0, at) + ",\"end\":" + text.codePointCount(0, at + covered.length())
				+ ",\"label\":\"" + label + "\",\"text\":\"" + covered + "\"}";
	}

	private static String line(String text, String annotator, String... entities) {
		JsonObject line = new JsonObject();
		line.addProperty("title", TITLE);
		line.addProperty("text", text);
		line.addProperty("annotator", annotator);
		String json = line.toString();
		return json.substring(0, json.length() - 1) + ",\"entities\":[" + String.join(",", entities) + "]}";
	}

	@Test
	void aCuratorTurnsThreeSetsIntoTheGoldStandard() throws Exception {
		assumeTrue(System.getenv("DISPLAY") != null, "needs a display: run through ./test, which provides Xvfb");
		String text = Files.readString(Product.directory().resolve("seeds").resolve(SEED), StandardCharsets.UTF_8);
		Path lines = Files.write(work.resolve("three.jsonl"), List.of(
				line(text, "ann", entity(text, "جو بايدن", "PER"), entity(text, "بغداد", "GPE"),
						entity(text, "البنتاغون", "ORG"), entity(text, "مصطفى الكاظمي", "PER")),
				line(text, "bob", entity(text, "جو بايدن", "PER"), entity(text, "بغداد", "GPE"),
						entity(text, "مصطفى الكاظمي", "PER")),
				line(text, "cat", entity(text, "جو بايدن", "PER"), entity(text, "بغداد", "LOC"),
						entity(text, "مصطفى الكاظمي", "ORG"))), StandardCharsets.UTF_8);
		Product.Run imported = Product.run(data, "import", lines.toString(), "--project", "Seeds");
		assertEquals(0, imported.exitCode(), imported.err());
		assertTrue(imported.out().contains("3 sets"), imported.out());
		Product.Run reasons = Product.run(data, "curate", "--project", "Seeds", "--reasons",
				"follows guideline 3.1; not an entity in this text");
		assertEquals(0, reasons.exitCode(), reasons.err());
		assertTrue(reasons.out().contains("pick from: follows guideline 3.1; not an entity in this text"),
				reasons.out());

		UiScriptRun run = UiScriptRun.run(data, scripts, "carol",
				"await explorer.tree",
				"command org.sanad.ui.curation.command.agreement",
				"await agreement.compute",
				"click agreement.compute",
				"await-text agreement.status 3 annotators, 1 documents",
				"screenshot agreement.png",
				"open-item explorer.tree " + TITLE,
				"await editor.text",
				"command org.sanad.ui.curation.command.curate",
				"await curation.units",
				"await-text curation.status 3 disagreements left",
				"screenshot curation-open.png",
				"open-row curation.units بغداد",
				"choose-text curation.reason follows guideline 3.1",
				"click curation.accept.cat",
				"await-text curation.status 2 disagreements left",
				"open-row curation.units البنتاغون",
				"type curation.reason not an entity in this text",
				"focus curation.units",
				"key r",
				"await-text curation.status 1 disagreement left",
				"open-row curation.units مصطفى الكاظمي",
				"key 1",
				"await-text curation.status 0 disagreements left",
				"choose curation.filter 1",
				"open-row curation.units بغداد",
				"await-text curation.history accepted cat's by carol: follows guideline 3.1",
				"click curation.finish",
				"await-text curation.status curated ·",
				"screenshot curation-done.png",
				"pause 300");
		run.keep("agreement.png");
		run.keep("curation-open.png");
		run.keep("curation-done.png");

		Path out = work.resolve("gold");
		Product.Run export = Product.run(data, "export", "--project", "Seeds", "--format", "jsonl", "--out",
				out.toString(), "--curated-only");
		assertEquals(0, export.exitCode(), export.err());
		List<String> gold = Files.readAllLines(out.resolve("documents.jsonl"), StandardCharsets.UTF_8);
		assertEquals(1, gold.size());
		Map<String, String> labels = new TreeMap<>();
		for (JsonElement e : JsonParser.parseString(gold.get(0)).getAsJsonObject().getAsJsonArray("entities")) {
			labels.put(e.getAsJsonObject().get("text").getAsString(), e.getAsJsonObject().get("label").getAsString());
		}
		assertEquals(Map.of("جو بايدن", "PER", "بغداد", "LOC", "مصطفى الكاظمي", "PER"), labels,
				"merged, accepted cat's, accepted ann's; البنتاغون rejected");
		JsonObject card = JsonParser.parseString(Files.readString(out.resolve("card.json"))).getAsJsonObject();
		assertEquals(1, card.getAsJsonArray("sets").get(0).getAsJsonObject().get("curated_documents").getAsInt());

		Product.Run merge = Product.run(data, "curate", "--project", "Seeds", "--strategy", "majority");
		assertEquals(0, merge.exitCode(), merge.err());
		assertTrue(merge.out().contains("Merged 0 units") && merge.out().contains("Kept as they were: 4 units"),
				merge.out());

		UiScriptRun feedback = UiScriptRun.run(data, scripts.resolve("cat"), "cat",
				"await explorer.tree",
				"open-item explorer.tree " + TITLE,
				"await editor.text",
				"command org.sanad.ui.curation.command.feedback",
				"await feedback.table",
				"open-item explorer.tree " + TITLE,
				"await-text feedback.status the gold set differs from yours in 1 place, framed in the text",
				"open-row feedback.table مصطفى الكاظمي",
				"pause 500",
				"select editor.text وتعتبر",
				"screenshot feedback.png",
				"pause 300");
		feedback.keep("feedback.png");
	}
}
