package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the real product's workbench on the display (Xvfb in CI) with the self-check add-on,
 * which records the rendered window and parts and a screenshot, then quits.
 */
class WorkbenchSmokeTest {

	@TempDir
	Path data;

	@Test
	void workbenchOpensItsMainWindowWithTheWelcomePart() throws Exception {
		assumeTrue(System.getenv("DISPLAY") != null, "needs a display: run through ./test, which provides Xvfb");
		Path report = data.resolve("selfcheck");
		Product.Run run = Product.run(Map.of("SANAD_DATA", data.toString(), "SANAD_JAVA_OPTS",
				"-Dsanad.annotator=smoke -Dsanad.selfcheck=" + report + " " + TestSupport.option(Product.directory())),
				List.of());
		assertEquals(0, run.exitCode(), run.err());

		Properties checked = new Properties();
		try (Reader in = Files.newBufferedReader(report.resolve("selfcheck.properties"))) {
			checked.load(in);
		}
		assertEquals("org.sanad.ui.window.main", checked.getProperty("window.id"));
		assertEquals("Sanad — smoke", checked.getProperty("window.title"));
		assertEquals("true", checked.getProperty("window.visible"));
		assertTrue(checked.getProperty("parts.shown", "").contains("org.sanad.ui.part.welcome"), checked.toString());

		Path shot = report.resolve("workbench.png");
		BufferedImage image = ImageIO.read(shot.toFile());
		assertEquals("1280x800", image.getWidth() + "x" + image.getHeight());
		assertTrue(distinctColours(image) > 16, "the screenshot looks blank");
		Path kept = Path.of(System.getProperty("sanad.screenshot.dir", "target/screenshots"));
		Files.createDirectories(kept);
		Files.copy(shot, kept.resolve("workbench.png"), StandardCopyOption.REPLACE_EXISTING);
	}

	private static int distinctColours(BufferedImage image) {
		Set<Integer> colours = new HashSet<>();
		for (int y = 0; y < image.getHeight(); y += 4) {
			for (int x = 0; x < image.getWidth(); x += 4) {
				colours.add(image.getRGB(x, y));
			}
		}
		return colours.size();
	}
}
