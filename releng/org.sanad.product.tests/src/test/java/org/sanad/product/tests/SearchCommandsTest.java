package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sanad search} and {@code sanad reindex} on the seeds, through the real product. */
class SearchCommandsTest {

	@TempDir
	Path data;

	@Test
	void searchFindsTheSeedsInArabicAndSurvivesALostIndex() throws Exception {
		Product.Run first = Product.run(data, "search", "البنتاغون");
		assertEquals(0, first.exitCode(), first.err());
		assertTrue(first.out().contains("ومع تصاعد التوترات مع إيران"), first.out());
		assertTrue(first.out().contains("of 3 documents in Seeds"), first.out());
		assertEquals("", first.err(), "no logging on the console");

		Product.Run phrase = Product.run(data, "search", "\"باتريك رايدر\"", "--json");
		assertEquals(0, phrase.exitCode(), phrase.err());
		assertTrue(phrase.out().startsWith("{\"total\":1,"), phrase.out());

		Product.Run hamza = Product.run(data, "search", "امريكا");
		assertTrue(hamza.out().contains("العراق يطالب أمريكا بحوار استراتيجي"), hamza.out());

		Product.Run bad = Product.run(data, "search", "داعش AND (");
		assertEquals(2, bad.exitCode());
		assertTrue(bad.err().startsWith("sanad search: Query error at column 10"), bad.err());
		assertFalse(bad.err().contains("Exception"), bad.err());

		try (Stream<Path> files = Files.walk(data.resolve("index"))) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		Product.Run rebuilt = Product.run(data, "search", "البنتاغون");
		assertTrue(rebuilt.out().contains("of 3 documents in Seeds"), "a missing index is rebuilt: " + rebuilt.out());
		Product.Run reindex = Product.run(data, "reindex", "--project", "Seeds");
		assertEquals(0, reindex.exitCode(), reindex.err());
		assertTrue(reindex.out().startsWith("Indexed Seeds: 5 documents"), reindex.out());
	}
}
