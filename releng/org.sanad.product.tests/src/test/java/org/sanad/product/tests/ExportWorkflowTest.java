package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File > Export... in the real workbench: the File menu is opened (its screenshot shows the item)
 * and closed, then the script runs the command the item is bound to (choosing the item by its
 * mnemonic opens the modal dialog inside the script's step, which then waits for it), then the
 * dialog's choices, the export as a job, what it wrote.
 */
class ExportWorkflowTest {

	private static final String TEXT = "قال باتريك رايدر إن القوات باقية في عين الأسد";

	@TempDir
	Path data;
	@TempDir
	Path scripts;
	@TempDir
	Path work;

	@Test
	void theDialogExportsEverySetAsCoNLLWithItsCard() throws Exception {
		assumeTrue(System.getenv("DISPLAY") != null, "needs a display: run through ./test, which provides Xvfb");
		String entities = "\"entities\":[{\"begin\":4,\"end\":16,\"label\":\"PER\",\"text\":\"باتريك رايدر\"},"
				+ "{\"begin\":36,\"end\":45,\"label\":\"FAC\",\"text\":\"عين الأسد\"}]}";
		Path lines = Files.write(work.resolve("in.jsonl"), List.of(
				"{\"title\":\"t\",\"text\":\"" + TEXT + "\",\"annotator\":null," + entities,
				"{\"title\":\"t\",\"text\":\"" + TEXT + "\",\"annotator\":\"ann\"," + entities.replace("FAC", "GPE")),
				StandardCharsets.UTF_8);
		Product.Run imported = Product.run(data, "import", lines.toString(), "--project", "Exported");
		assertEquals(0, imported.exitCode(), imported.err());
		Path out = work.resolve("dataset");

		UiScriptRun run = UiScriptRun.run(data, scripts, "curator",
				"await explorer.tree",
				"key alt+f",
				"pause 700",
				"screenshot file-menu.png",
				"key escape",
				"command org.sanad.ui.exchange.command.export",
				"await export.folder",
				"choose-text export.project Exported",
				"choose-text export.format conll",
				"choose-text export.sets Every set",
				"type export.folder " + out,
				"screenshot-dialog export-dialog.png",
				"click export.run",
				"await-text export.status files and the card",
				"screenshot-dialog export-done.png",
				"click export.run",
				"pause 500");
		run.keep("file-menu.png");
		run.keep("export-dialog.png");
		run.keep("export-done.png");

		List<String> gold = Files.readAllLines(out.resolve("gold/entities.conll"), StandardCharsets.UTF_8);
		assertTrue(gold.containsAll(List.of("باتريك _ _ B-PER", "رايدر _ _ I-PER", "عين _ _ B-FAC", "الأسد _ _ I-FAC")),
				gold.toString());
		assertTrue(Files.readString(out.resolve("ann/entities.conll")).contains("عين _ _ B-GPE"));
		String card = Files.readString(out.resolve("card.json"));
		assertTrue(card.contains("\"format\": \"conll\"") && card.contains("\"ann/entities.conll\""), card);
	}
}
