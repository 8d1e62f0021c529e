package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search part through the real product: the missing index is built at start-up, a phrase is
 * found with its matches, every match is labelled by example and the labelling undone (button) and
 * redone (Ctrl+Shift+Z while Search is active) as one, a facet counts the new labels, and a result opens in the editor with its match selected.
 */
class SearchWorkflowTest {

	/** Title of seed 000, which says البنتاغون twice. */
	private static final String SEED = "ومع تصاعد التوترات مع إيران، تستأنف الولايات المتحدة المحادثات مع العراق بشأن وجود القوات";
	private static final Pattern LABELLED = Pattern.compile("Labelled (\\d+) × ORG in (\\d+) documents?");

	@TempDir
	Path data;
	@TempDir
	Path scripts;

	@Test
	void aPhraseIsFoundLabelledByExampleUndoneAndOpened() throws Exception {
		assumeTrue(System.getenv("DISPLAY") != null, "needs a display: run through ./test, which provides Xvfb");
		UiScriptRun run = UiScriptRun.run(data, scripts, "searcher",
				"await explorer.tree",
				"key ctrl+shift+f",
				"await search.query",
				"pause 2500",
				"report indexed.properties",
				"type search.query \"البنتاغون\"",
				"key enter",
				"pause 2000",
				"report found.properties",
				"screenshot search.png",
				"choose search.label 1",
				"click search.apply",
				"pause 4000",
				"report labelled.properties",
				"click search.undo",
				"pause 3000",
				"report undone.properties",
				"focus search.query",
				"key ctrl+shift+z",
				"pause 3000",
				"type search.query entity:ORG",
				"key enter",
				"pause 2000",
				"report redone.properties",
				"type search.query \"البنتاغون\"",
				"key enter",
				"pause 2000",
				"open-row search.results " + SEED,
				"await editor.text",
				"pause 1500",
				"report opened.properties",
				"screenshot search-opened.png");

		Properties indexed = run.report("indexed.properties");
		assertTrue(indexed.getProperty("search.status").contains("Seeds had no index: rebuilt from the store"),
				indexed.toString());

		Properties found = run.report("found.properties");
		assertTrue(found.getProperty("search.status").matches("3 documents in \\d+ ms"), found.toString());
		String rows = found.getProperty("search.results");
		assertTrue(rows.contains(SEED + " | 2 | "), "seed 000 has two matches:\n" + rows);
		assertEquals("", found.getProperty("search.facets"), "no annotations yet, no facets");
		run.keep("search.png");

		Properties labelled = run.report("labelled.properties");
		Matcher m = LABELLED.matcher(labelled.getProperty("search.bulk"));
		assertTrue(m.find(), labelled.toString());
		int count = Integer.parseInt(m.group(1));
		int documents = Integer.parseInt(m.group(2));
		assertTrue(count >= 3 && documents >= 2, labelled.getProperty("search.bulk"));
		assertTrue(labelled.getProperty("explorer.tree").contains(SEED + " | in progress | "),
				"the explorer hears of the new labels:\n" + labelled.getProperty("explorer.tree"));

		Properties undone = run.report("undone.properties");
		assertTrue(undone.getProperty("search.bulk").startsWith("Undone: labelled " + count), undone.toString());
		assertEquals("Redo", undone.getProperty("search.undo"));
		assertTrue(undone.getProperty("explorer.tree").lines().anyMatch(l -> l.startsWith(SEED) && l.endsWith("| 0")),
				"the labels are gone from the store:\n" + undone.getProperty("explorer.tree"));

		Properties redone = run.report("redone.properties");
		assertTrue(redone.getProperty("search.status").startsWith(documents + " document"), redone.toString());
		assertTrue(redone.getProperty("search.facets").contains("Entity | ORG | " + documents), redone.toString());

		Properties opened = run.report("opened.properties");
		assertEquals("البنتاغون", opened.getProperty("editor.text"), "the editor opens with the match selected");
		run.keep("search-opened.png");
	}
}
