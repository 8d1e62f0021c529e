package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sanad plugins}: p2 runs inside the installed product, from the headless configuration,
 * and reads the installation's profile (the product Tycho installed with p2).
 */
class PluginCommandsTest {

	@TempDir
	Path data;

	@Test
	void listShowsTheProductFromTheInstallationsP2Profile() throws Exception {
		Product.Run run = Product.run(data, "plugins", "list");
		assertEquals(0, run.exitCode(), run.err());
		List<String> lines = run.out().lines().toList();
		assertEquals(1, lines.size(), "nothing but the product is installed yet: " + run.out());
		assertTrue(lines.get(0).matches("org\\.sanad\\.product\\s+0\\.1\\.0\\.\\d+\\s+the product"), lines.get(0));
		String headless = Files.readString(Product.directory().resolve("configuration/headless/config.ini"));
		assertTrue(headless.contains("eclipse.p2.data.area=@config.dir/../../p2"),
				"the headless configuration finds the installation's p2 folder: " + headless);
	}

	@Test
	void anUnknownActionIsAUsageErrorInOneLine() throws Exception {
		Product.Run run = Product.run(data, "plugins", "lst");
		assertEquals(2, run.exitCode(), run.err());
		assertTrue(run.err().contains("say what to do: list"), run.err());
		assertTrue(!run.err().contains("\tat "), "no stack trace: " + run.err());
	}
}
