package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Properties;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An annotator's session through the real product, keys and clicks through the X server: open a
 * seed, label entities by keyboard, mark and rate a source, set the document stance, undo and
 * redo; then restart the workbench and find everything still there.
 */
class AnnotationWorkflowTest {

	/** Title of seed 000, as the explorer lists it. */
	private static final String SEED = "ومع تصاعد التوترات مع إيران، تستأنف الولايات المتحدة المحادثات مع العراق بشأن وجود القوات";

	@TempDir
	Path data;
	@TempDir
	Path scripts;

	@Test
	void annotationsMadeByKeyboardSurviveARestart() throws Exception {
		assumeTrue(System.getenv("DISPLAY") != null, "needs a display: run through ./test, which provides Xvfb");
		UiScriptRun first = UiScriptRun.run(data, scripts.resolve("first"), "tester",
				"await explorer.tree",
				"open-item explorer.tree " + SEED,
				"await editor.text",
				// a selection inside a word snaps to the whole word; 1 is PER in the default schema
				"select-inside editor.text باتريك",
				"key 1",
				"select editor.text رايدر",
				"key 1",
				"select editor.text داعش",
				"key 2",
				// a source: S marks it, B and 2 rate it, L links the selected claim
				"select editor.text مسؤولون 1",
				"key s",
				"pause 400",
				"report unrated.properties",
				"key b",
				"key 2",
				"select editor.text بغداد 1",
				"key l",
				// the document stance, with a holder from the person mentions
				"click stance.add",
				"await stance.0.polarity",
				"choose stance.0.polarity 1",
				"choose stance.0.holder 1",
				// label, undo, redo
				"select editor.text البنتاغون 1",
				"key 2",
				"key ctrl+z",
				"report undone.properties",
				"key ctrl+shift+z",
				"select editor.text باتريك",
				"key escape",
				"pause 600",
				"report final.properties",
				"screenshot editor.png");

		Properties unrated = first.report("unrated.properties");
		assertTrue(unrated.getProperty("problems.table").contains("not fully rated"), unrated.toString());
		Properties undone = first.report("undone.properties");
		assertFalse(undone.getProperty("annotations.list").contains("ORG · البنتاغون"), undone.toString());
		Properties fin = first.report("final.properties");
		assertEquals("Sanad — tester", fin.getProperty("window.title"));
		String outline = fin.getProperty("annotations.list");
		for (String expected : new String[] { "PER · باتريك", "PER · رايدر", "ORG · داعش", "ORG · البنتاغون",
				"Source B2 · مسؤولون", "AGAINST us-presence-iraq · (document)" }) {
			assertTrue(outline.contains(expected), "missing " + expected + " in\n" + outline);
		}
		assertTrue(fin.getProperty("status.commits").startsWith("All edits saved"), fin.toString());
		assertEquals("", fin.getProperty("problems.table"), "no problems once the source is rated");
		assertTrue(fin.getProperty("explorer.tree").contains(SEED + " | in progress | 6"), fin.getProperty("explorer.tree"));
		assertLooksLikeAWindow(first.keep("editor.png"));

		UiScriptRun second = UiScriptRun.run(data, scripts.resolve("second"), "tester",
				"await explorer.tree",
				"open-item explorer.tree " + SEED,
				"await editor.text",
				"pause 600",
				"report reopened.properties",
				"screenshot editor-restarted.png");
		Properties reopened = second.report("reopened.properties");
		assertEquals(outline, reopened.getProperty("annotations.list"), "the same annotations after a restart");
		assertEquals("AGAINST", reopened.getProperty("stance.0.polarity"));
		assertTrue(reopened.getProperty("stance.0.holder").contains("باتريك"), reopened.toString());
		second.keep("editor-restarted.png");

		UiScriptRun other = UiScriptRun.run(data, scripts.resolve("other"), "someone-else",
				"await explorer.tree",
				"open-item explorer.tree " + SEED,
				"await editor.text",
				"pause 600",
				"report blind.properties");
		Properties blind = other.report("blind.properties");
		assertEquals("Sanad — someone-else", blind.getProperty("window.title"));
		assertFalse(blind.getProperty("annotations.list").contains("·"), "another annotator sees none of it");
	}

	private static void assertLooksLikeAWindow(Path screenshot) throws Exception {
		BufferedImage image = ImageIO.read(screenshot.toFile());
		assertEquals(1280, image.getWidth());
		assertTrue(image.getHeight() >= 700, "height " + image.getHeight());
	}
}
