package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > New Project... and File > Import Documents... in the real workbench: a project made from
 * the dialog, the seeds imported into it with the dialog (progress, then the report naming the
 * skipped README), and the explorer showing it. Then annotations of a seed dropped onto the
 * project, and its schema changed in Project Settings: a label renamed, a mistaken removal undone,
 * a removal of a label in use refused, two labels merged, saved; and the source registry.
 */
class ProjectWorkflowTest {

	@TempDir
	Path data;
	@TempDir
	Path scripts;

	@Test
	void aProjectIsMadeAndFilledFromTheFileMenu() throws Exception {
		assumeTrue(System.getenv("DISPLAY") != null, "needs a display: run through ./test, which provides Xvfb");
		Path seeds = Product.directory().resolve("seeds");
		Path annotated = annotatedSeed(seeds.resolve("000_0d3db50cd5f363af.txt"));
		UiScriptRun run = UiScriptRun.run(data, scripts, "admin",
				"await explorer.tree",
				"command org.sanad.ui.project.command.newproject",
				"await project.name",
				"type project.name Second Corpus",
				"type project.description imported with the dialog",
				"screenshot-dialog new-project.png",
				"click project.create",
				"pause 500",
				"command org.sanad.ui.project.command.import",
				"await import.path",
				"choose-text import.project Second Corpus",
				"type import.path " + seeds,
				"click import.add",
				"click import.run",
				"await-text import.status Imported 5 documents into Second Corpus; 0 refused, 1 skipped.",
				"await-text import.report README.md: skipped: no known format",
				"screenshot-dialog import-done.png",
				"click import.run",
				"pause 1000",
				"report project-report.properties",
				"drop explorer.tree " + annotated + " Second Corpus",
				"await-text import.status with 7 annotations; 0 refused, 0 skipped.",
				"click import.run",
				"pause 1000",
				"select-item explorer.tree Second Corpus",
				"command org.sanad.ui.project.command.settings",
				"await-text settings.heading Second Corpus — schema version 1",
				"select-row settings.labels GPE",
				"type settings.name PLACE",
				"click settings.rename",
				"await-text settings.status Pending: rename entity 'GPE' to 'PLACE'",
				"select-row settings.labels ORG",
				"click settings.remove",
				"await-text settings.status Pending: remove entity 'ORG'",
				"click settings.undo",
				"await-text settings.status Undone: remove entity 'ORG'",
				"select-row settings.labels PER",
				"click settings.remove",
				"await-text settings.status Not done: entity 'PER' is used by 1 annotation",
				"select-row settings.labels LOC",
				"choose-text settings.into PLACE",
				"click settings.merge",
				"await-text settings.status Pending: merge entity 'LOC' into 'PLACE'",
				"screenshot settings-pending.png",
				"report settings-pending.properties",
				"click settings.apply",
				"await-text settings.status Saved: 2 schema changes; schema version 3; 4 annotations changed.",
				"report settings-saved.properties",
				"tab settings.tabs Boilerplate Phrases",
				"type settings.boilerplate Connect with us",
				"click settings.apply",
				"await-text settings.status Saved: 0 schema changes; 0 annotations changed.",
				"tab settings.tabs History",
				"report settings-history.properties",
				"select-item explorer.tree Second Corpus",
				"command org.sanad.ui.project.command.sources",
				"await-text sources.status 2 sources · 2 mentions in Second Corpus",
				"select-row sources.table البنتاغون",
				"choose-text sources.into وزارة الدفاع الأمريكية",
				"click sources.merge",
				"await-text sources.status : 1 mention moved. 1 source · 2 mentions in Second Corpus",
				"select-row sources.table وزارة الدفاع الأمريكية",
				"screenshot sources.png",
				"report sources.properties",
				"select-item explorer.tree Seeds",
				"command org.sanad.ui.project.command.delete",
				"pause 1000",
				"screenshot-dialog delete-confirm.png",
				"key enter",
				"pause 2000",
				"report deleted.properties");
		run.keep("new-project.png");
		run.keep("import-done.png");
		run.keep("settings-pending.png");
		run.keep("sources.png");
		String pending = run.report("settings-pending.properties").getProperty("settings.pending");
		assertEquals("rename entity 'GPE' to 'PLACE'\nmerge entity 'LOC' into 'PLACE'", pending,
				"the undone removal is gone, the rename before it stays");
		String labels = run.report("settings-pending.properties").getProperty("settings.labels");
		assertTrue(labels.contains("PLACE | 3 | #31a354 | Country, city or region with a government | 4\n"),
				"the renamed label keeps key, colour and description, and counts the merged annotations: " + labels);
		String saved = run.report("settings-saved.properties").getProperty("settings.labels");
		assertTrue(saved.contains("ORG | 2 | #3182bd") && !saved.contains("GPE") && !saved.contains("LOC |"), saved);
		assertTrue(run.report("settings-history.properties").getProperty("settings.history")
				.contains("merge entity 'LOC' into 'PLACE' (schema v3, 1 annotation changed)"));
		String mentions = run.report("sources.properties").getProperty("sources.mentions");
		assertTrue(mentions.contains("admin") && mentions.contains("bob") && mentions.contains("| B |")
				&& mentions.contains("| C |"), "both ratings in the merged source's history: " + mentions);
		assertTrue(run.report("project-report.properties").getProperty("explorer.tree").contains("Second Corpus"),
				run.report("project-report.properties").getProperty("explorer.tree"));

		run.keep("delete-confirm.png");
		String tree = run.report("deleted.properties").getProperty("explorer.tree");
		assertTrue(tree.startsWith("Second Corpus") && !tree.contains("Seeds"), "the deleted project is gone: " + tree);

		Product.Run projects = Product.run(data, "projects");
		assertEquals(0, projects.exitCode(), projects.err());
		assertTrue(projects.out().lines().anyMatch(l -> l.contains("Second Corpus") && l.contains("5")),
				projects.out());
		assertTrue(projects.out().lines().noneMatch(l -> l.startsWith("Seeds ")), projects.out());

		java.nio.file.Path later = java.nio.file.Files.writeString(scripts.resolve("later.txt"),
				"Connect with us\n\nقالت وزارة الدفاع إن المحادثات مستمرة.\n");
		assertEquals(0, Product.run(data, "import", later.toString(), "--project", "Second Corpus").exitCode());
		String row = Product.run(data, "docs", "--project", "Second Corpus").out().lines()
				.filter(l -> l.matches("[0-9a-f-]{36} .*")).reduce((first, last) -> last).orElseThrow(); // the newest
		Product.Run shown = Product.run(data, "show", row.split("\\s+")[0], "--boilerplate");
		assertTrue(shown.out().lines().anyMatch(l -> l.matches("\\s*0–15\\s+phrase\\s+Connect with us")), "the phrase saved in the settings marks boilerplate: "
				+ shown.out());
		Product.Run search = Product.run(data, "search", "entity:PLACE", "--project", "Second Corpus",
				"--annotator", "admin");
		String facets = search.out().lines().filter(l -> l.startsWith("entity:")).findFirst().orElse("");
		assertTrue(facets.contains("PLACE") && !facets.contains("GPE") && !facets.contains("LOC"),
				"the search facets follow the rename and the merge: " + search.out());
	}

	/**
	 * Annotations of the first seed by two annotators, as Sanad JSONL: the import attaches them to
	 * the seed already in the project. Offsets are UTF-16 code units, found in the seed's text.
	 */
	private Path annotatedSeed(Path seed) throws java.io.IOException {
		String text = java.nio.file.Files.readString(seed);
		String iran = span(text, "إيران", "GPE");
		String washington = span(text, "واشنطن", "GPE");
		String baghdad = span(text, "بغداد", "LOC");
		String ryder = span(text, "باتريك رايدر", "PER");
		int pentagon = text.indexOf("للبنتاغون") + 1;
		String admin = "{\"text\":" + json(text) + ",\"annotator\":\"admin\",\"entities\":[" + iran + "," + washington
				+ "," + baghdad + "," + ryder + "],\"sources\":[{\"begin\":" + pentagon + ",\"end\":" + (pentagon + 8)
				+ ",\"kind\":\"named-official\",\"reliability\":\"B\",\"credibility\":\"2\",\"registry\":"
				+ "\"البنتاغون\"}]}";
		String bob = "{\"text\":" + json(text) + ",\"annotator\":\"bob\",\"entities\":[" + span(text, "العراق", "GPE")
				+ "],\"sources\":[{\"begin\":" + pentagon + ",\"end\":" + (pentagon + 8)
				+ ",\"kind\":\"named-official\",\"reliability\":\"C\",\"registry\":\"وزارة الدفاع الأمريكية\"}]}";
		return java.nio.file.Files.writeString(scripts.resolve("annotated-seed.jsonl"), admin + "\n" + bob + "\n");
	}

	private static String span(String text, String word, String label) {
		int begin = text.indexOf(word);
		assertTrue(begin >= 0, word + " is in the seed");
		return "{\"begin\":" + begin + ",\"end\":" + (begin + word.length()) + ",\"label\":\"" + label + "\"}";
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return out.append('"').toString();
	}
}
