package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
	/** ORG's colour in the default schema, and the same blended 62 % with white (its background). */
	private static final Color ORG = new Color(0x31, 0x82, 0xbd);
	private static final Color ORG_LIGHT = new Color(light(0x31), light(0x82), light(0xbd));

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
				"pause 300",
				"screenshot framed.png",
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
		assertFramed(first.keep("framed.png"));
		BufferedImage last = ImageIO.read(first.keep("editor.png").toFile());
		assertEquals(0, pixels(last, ORG, null), "no frame once no annotation is selected");
		// داعش is on the second visual line of its paragraph, where the widget's own text bounds fail
		assertTrue(pixels(last, ORG_LIGHT, null) >= 300, "داعش's ORG background is painted");

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

		Path note = Files.writeString(scripts.resolve("note.txt"), "ملاحظة قصيرة عن الاجتماع\n");
		Product.Run imported = Product.run(data, "import", note.toString(), "--project", "Other");
		assertEquals(0, imported.exitCode(), imported.err());
		UiScriptRun other = UiScriptRun.run(data, scripts.resolve("other"), "someone-else",
				"await explorer.tree",
				"open-item explorer.tree " + SEED,
				"await editor.text",
				"pause 600",
				"report blind.properties");
		Properties blind = other.report("blind.properties");
		assertEquals("Sanad — someone-else", blind.getProperty("window.title"));
		assertFalse(blind.getProperty("annotations.list").contains("·"), "another annotator sees none of it");
		List<String> rows = blind.getProperty("explorer.tree").lines().toList();
		assertEquals(List.of("Other |  | 1 doc", "Seeds |  | 5 docs"), rows.subList(0, 2),
				"a second project is listed collapsed, the Seeds open below it:\n" + rows);
		assertEquals(7, rows.size(), "two projects and the five seeds, no empty row:\n" + rows);
	}

	/**
	 * The new ORG mention is selected: a frame in ORG's colour, one line high, around the mention's
	 * light ORG background (a frame mirrored to the wrong side of the right-to-left text would
	 * surround other words).
	 */
	private static void assertFramed(Path screenshot) throws Exception {
		BufferedImage image = ImageIO.read(screenshot.toFile());
		int[] frame = new int[] { Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1 };
		int framePixels = pixels(image, ORG, frame);
		assertTrue(framePixels >= 40, "frame pixels: " + framePixels);
		int height = frame[3] - frame[1];
		assertTrue(height > 10 && height < 60, "one line high: " + height);
		int inside = 0;
		for (int y = frame[1]; y <= frame[3]; y++) {
			for (int x = frame[0]; x <= frame[2]; x++) {
				inside += near(image.getRGB(x, y), ORG_LIGHT) ? 1 : 0;
			}
		}
		assertTrue(inside >= 100, "ORG background inside the frame: " + inside + " pixels");
	}

	/** Counts pixels of one colour (give or take blending), and widens {@code box} (x0, y0, x1, y1) around them. */
	private static int pixels(BufferedImage image, Color colour, int[] box) {
		int count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if (near(image.getRGB(x, y), colour)) {
					count++;
					if (box != null) {
						box[0] = Math.min(box[0], x);
						box[1] = Math.min(box[1], y);
						box[2] = Math.max(box[2], x);
						box[3] = Math.max(box[3], y);
					}
				}
			}
		}
		return count;
	}

	private static boolean near(int rgb, Color colour) {
		Color pixel = new Color(rgb);
		return Math.abs(pixel.getRed() - colour.getRed()) <= 2 && Math.abs(pixel.getGreen() - colour.getGreen()) <= 2
				&& Math.abs(pixel.getBlue() - colour.getBlue()) <= 2;
	}

	private static int light(int channel) {
		return (int) Math.round(channel * 0.38 + 255 * 0.62);
	}

	private static void assertLooksLikeAWindow(Path screenshot) throws Exception {
		BufferedImage image = ImageIO.read(screenshot.toFile());
		assertEquals(1280, image.getWidth());
		assertTrue(image.getHeight() >= 700, "height " + image.getHeight());
	}
}
