package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** sanad agreement on three annotators' sets imported as JSONL, on the real product. */
class AgreementCommandsTest {

	private static final String TEXT = "قال باتريك رايدر إن القوات باقية في عين الأسد";

	@TempDir
	Path data;

	@TempDir
	Path work;

	private static final int PLACE = TEXT.indexOf("عين الأسد");

	private static String line(String annotator, String secondLabel, String reliability, String credibility) {
		return "{\"title\":\"t\",\"text\":\"" + TEXT + "\",\"annotator\":\"" + annotator + "\","
				+ "\"entities\":[{\"id\":\"e1\",\"begin\":4,\"end\":16,\"label\":\"PER\",\"text\":\"باتريك رايدر\"},"
				+ "{\"id\":\"e2\",\"begin\":" + PLACE + ",\"end\":" + (PLACE + 9) + ",\"label\":\"" + secondLabel + "\",\"text\":\"عين الأسد\"}],"
				+ "\"sources\":[{\"id\":\"s1\",\"begin\":4,\"end\":16,\"text\":\"باتريك رايدر\",\"kind\":\"named-official\","
				+ "\"reliability\":\"" + reliability + "\",\"credibility\":\"" + credibility + "\",\"registry\":null,"
				+ "\"claims\":[]}],\"stances\":[]}";
	}

	private Path imported() throws Exception {
		Path file = Files.writeString(work.resolve("three.jsonl"), line("ann", "FAC", "A", "1") + "\n"
				+ line("bob", "GPE", "B", "2") + "\n" + line("cat", "FAC", "A", "6") + "\n", StandardCharsets.UTF_8);
		Product.Run run = Product.run(data, "import", file.toString(), "--project", "Team");
		assertEquals(0, run.exitCode(), run.err());
		return file;
	}

	private static JsonObject figure(JsonObject report, String layer, String feature, String measure, String metric) {
		for (JsonElement e : report.getAsJsonArray("figures")) {
			JsonObject f = e.getAsJsonObject();
			if (f.get("layer").getAsString().equals(layer) && f.get("feature").getAsString().equals(feature)
					&& f.get("measure").getAsString().equals(measure) && f.get("metric").getAsString().equals(metric)
					&& f.get("annotators").isJsonNull() && f.get("label").isJsonNull()
					&& !"overlap".equals(f.get("alignment").getAsString())) {
				return f;
			}
		}
		throw new AssertionError("no figure " + layer + "/" + feature + "/" + measure + "/" + metric);
	}

	@Test
	void jsonNamesEveryFigureAndTheValuesAreRight() throws Exception {
		imported();
		Product.Run run = Product.run(data, "agreement", "--project", "Team", "--json");
		assertEquals(0, run.exitCode(), run.err());
		JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
		assertEquals(List.of("ann", "bob", "cat"), strings(report.getAsJsonArray("annotators")));
		assertEquals(1, report.get("documents").getAsInt());
		// Labels PER, PER, PER and FAC, GPE, FAC: alpha = 1 - (n-1) D_o / Σ n_c n_e = 1 - 5·2/22 = 6/11.
		JsonObject labels = figure(report, "entity", "label", "krippendorff-alpha", "nominal");
		assertEquals(6.0 / 11, labels.get("value").getAsDouble(), 1e-9);
		assertEquals(2, labels.get("units").getAsInt());
		assertEquals(0, labels.get("incomplete").getAsInt());
		// Credibility 1, 2 and 6: 6 cannot be judged and is missing, so the unit has two values.
		JsonObject credibility = figure(report, "source", "credibility", "krippendorff-alpha", "ordinal");
		// 1 against 2 is all the data: as much disagreement as chance predicts.
		assertEquals(0.0, credibility.get("value").getAsDouble(), 1e-12);
		assertEquals(1, credibility.get("units").getAsInt());
		JsonObject reliability = figure(report, "source", "reliability", "percentage", "nominal");
		assertEquals(1.0 / 3, reliability.get("value").getAsDouble(), 1e-9, "A, B, A: one agreeing pair of three");
		assertTrue(report.getAsJsonArray("confusions").size() >= 3);
	}

	@Test
	void theBootstrapIsRepeatableForASeedAndTheTextReportReads() throws Exception {
		imported();
		Product.Run first = Product.run(data, "agreement", "--project", "Team", "--json", "--bootstrap", "200",
				"--seed", "3", "--layer", "entity");
		Product.Run second = Product.run(data, "agreement", "--project", "Team", "--json", "--bootstrap", "200",
				"--seed", "3", "--layer", "entity");
		assertEquals(0, first.exitCode(), first.err());
		assertEquals(first.out(), second.out());
		JsonObject report = JsonParser.parseString(first.out()).getAsJsonObject();
		JsonObject alpha = figure(report, "entity", "label", "krippendorff-alpha", "nominal");
		assertEquals(200, alpha.get("samples").getAsInt());
		assertTrue(alpha.has("ci_low") && alpha.has("ci_high") && alpha.has("p_below_0667"));
		for (JsonElement e : report.getAsJsonArray("figures")) {
			assertEquals("entity", e.getAsJsonObject().get("layer").getAsString());
		}

		Product.Run text = Product.run(data, "agreement", "--project", "Team", "--annotators", "ann,bob");
		assertEquals(0, text.exitCode(), text.err());
		assertTrue(text.out().contains("Agreement in 'Team': ann, bob on 1 document"), text.out());
		assertTrue(text.out().contains("krippendorff-alpha ordinal"), text.out());
		assertTrue(text.out().contains("entity label: cohen-kappa nominal"), text.out());
	}

	@Test
	void badRequestsSayWhy() throws Exception {
		imported();
		Product.Run unknown = Product.run(data, "agreement", "--project", "Team", "--annotators", "ann,zed");
		assertEquals(1, unknown.exitCode());
		assertTrue(unknown.err().contains("no annotator 'zed'"), unknown.err());
		Product.Run layer = Product.run(data, "agreement", "--project", "Team", "--layer", "pos");
		assertEquals(2, layer.exitCode());
		assertTrue(layer.err().contains("no layer 'pos'"), layer.err());
		Product.Run seeds = Product.run(data, "agreement", "--project", "Seeds");
		assertEquals(1, seeds.exitCode());
		assertTrue(seeds.err().contains("two annotators or more"), seeds.err());
	}

	private static List<String> strings(JsonArray array) {
		List<String> strings = new ArrayList<>();
		array.forEach(e -> strings.add(e.getAsString()));
		return strings;
	}
}
