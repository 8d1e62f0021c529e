package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus commands of the real product on a fresh data folder (seeded on first start). */
class CorpusCommandsTest {

	@TempDir
	Path data;

	@TempDir
	Path inputs;

	@Test
	void firstStartSeedsTheSeedsProjectOnce() throws Exception {
		Product.Run projects = Product.run(data, "projects");
		assertEquals(0, projects.exitCode(), projects.err());
		assertTrue(projects.out().lines().anyMatch(l -> l.matches("Seeds\\s+5\\s+v1\\s+\\S+")), projects.out());

		Product.Run docs = Product.run(data, "docs", "--project", "Seeds");
		assertEquals(0, docs.exitCode(), docs.err());
		List<String> rows = docs.out().lines().skip(1).toList();
		assertEquals(5, rows.size(), docs.out());
		assertTrue(rows.get(0).contains("ومع تصاعد التوترات مع إيران"), rows.get(0));
		assertTrue(rows.stream().allMatch(r -> r.contains("  ar  ")), docs.out());

		Product.Run again = Product.run(data, "stats");
		assertTrue(again.out().contains("Documents        5"), again.out());
	}

	@Test
	void importReportsBadFilesByLineAndByteAndExitsPartial() throws Exception {
		Path good = Files.writeString(inputs.resolve("good.txt"), "خبر جديد عن بغداد");
		Path bad = Files.write(inputs.resolve("bad.txt"), new byte[] { 'o', 'k', '\n', (byte) 0xC3, 0x28 });
		Product.Run run = Product.run(data, "import", good.toString(), bad.toString(), "--project", "News");
		assertEquals(3, run.exitCode(), run.err());
		assertTrue(run.err().contains(bad + ":2: is not valid UTF-8 (byte 0xC3); Sanad imports UTF-8 only (byte 3)"),
				run.err());
		assertTrue(run.out().contains("Imported 1 document into 'News'; 1 refused"), run.out());

		Product.Run strict = Product.run(data, "import", inputs.toString(), "--project", "Strict", "--strict");
		assertEquals(1, strict.exitCode());
		Product.Run docs = Product.run(data, "docs", "--project", "Strict");
		assertEquals(1, docs.out().lines().count(), "nothing stored in strict mode: " + docs.out());
	}

	@Test
	void wrongCommandLinesAreUsageErrors() throws Exception {
		assertEquals(2, Product.run(data, "docs").exitCode());
		assertEquals(2, Product.run(data, "import").exitCode());
		Product.Run unknown = Product.run(data, "import", "x.txt", "--projekt", "P");
		assertEquals(2, unknown.exitCode());
		assertTrue(unknown.err().contains("unknown option --projekt"), unknown.err());
	}
}
