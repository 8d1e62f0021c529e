package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sanad schema on the real product: annotations follow a rename and a merge; a label in use is kept. */
class SchemaCommandsTest {

	private static final String TEXT = "قال باتريك رايدر إن القوات باقية في عين الأسد";

	@TempDir
	Path data;
	@TempDir
	Path work;

	@Test
	void renameMergeAndRemoveFromTheCommandLine() throws Exception {
		int place = TEXT.indexOf("عين الأسد");
		String line = "{\"title\":\"t\",\"text\":\"" + TEXT + "\",\"annotator\":\"ann\",\"entities\":["
				+ "{\"begin\":4,\"end\":16,\"label\":\"PER\",\"text\":\"باتريك رايدر\"},"
				+ "{\"begin\":" + place + ",\"end\":" + (place + 9) + ",\"label\":\"FAC\",\"text\":\"عين الأسد\"}]}";
		Path file = Files.writeString(work.resolve("a.jsonl"), line + "\n", StandardCharsets.UTF_8);
		assertEquals(0, Product.run(data, "import", file.toString(), "--project", "S").exitCode());

		Product.Run rename = Product.run(data, "schema", "rename-label", "--project", "S", "FAC", "BASE");
		assertEquals(0, rename.exitCode(), rename.err());
		assertTrue(rename.out().contains("is now version 2; 1 annotation in 1 set changed"), rename.out());
		Product.Run show = Product.run(data, "schema", "show", "--project", "S");
		assertTrue(show.out().contains("version 2") && show.out().contains("BASE") && !show.out().contains("FAC "),
				show.out());

		Product.Run search = Product.run(data, "search", "entity:BASE", "--project", "S", "--annotator", "ann");
		assertTrue(search.out().contains("entity: BASE 1"), "the index and its facets follow: " + search.out());

		Product.Run refused = Product.run(data, "schema", "remove-label", "--project", "S", "PER");
		assertEquals(1, refused.exitCode());
		assertTrue(refused.err().contains("'PER' is used by 1 annotation in 1 set"), refused.err());

		Product.Run merge = Product.run(data, "schema", "merge-labels", "--project", "S", "BASE", "LOC");
		assertEquals(0, merge.exitCode(), merge.err());
		Path out = work.resolve("out");
		assertEquals(0, Product.run(data, "export", "--project", "S", "--format", "jsonl", "--set", "ann", "--out",
				out.toString()).exitCode());
		String exported = Files.readString(out.resolve("documents.jsonl"));
		assertTrue(exported.contains("\"label\":\"LOC\"") && !exported.contains("BASE"), exported);

		Product.Run clash = Product.run(data, "schema", "add-label", "--project", "S", "WEAPON", "--key", "1");
		assertEquals(1, clash.exitCode());
		assertTrue(clash.err().contains("key 1 is taken by PER"), clash.err());
		assertEquals(2, Product.run(data, "schema", "rename-label", "--project", "S", "PER").exitCode());
	}
}
