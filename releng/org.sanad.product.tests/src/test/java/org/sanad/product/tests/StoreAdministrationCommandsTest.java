package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sanad backup, delete and restore on the real product: a mistaken deletion taken back by a restore. */
class StoreAdministrationCommandsTest {

	@TempDir
	Path data;
	@TempDir
	Path work;

	@Test
	void aDeletionIsTakenBackByRestoringABackup() throws Exception {
		String before = Product.run(data, "stats").out();
		assertTrue(before.contains("Documents        5"), before);
		Path backup = work.resolve("seeds-backup.zip");
		Product.Run backedUp = Product.run(data, "backup", "--out", backup.toString());
		assertEquals(0, backedUp.exitCode(), backedUp.err());
		assertTrue(backedUp.out().contains("Backed up 1 project, 5 documents"), backedUp.out());
		Product.Run again = Product.run(data, "backup", "--out", backup.toString());
		assertEquals(1, again.exitCode());
		assertTrue(again.err().contains("exists already"), again.err());

		String first = Product.run(data, "docs", "--project", "Seeds").out().lines().skip(1).findFirst().orElseThrow();
		String id = first.split("\\s+")[0];
		Product.Run found = Product.run(data, "search", "إيران", "--project", "Seeds");
		assertTrue(found.out().contains(id), "indexed before the deletion: " + found.out());
		Product.Run unconfirmed = Product.run(data, "delete", "--project", "Seeds", "--document", id);
		assertEquals(2, unconfirmed.exitCode());
		assertTrue(unconfirmed.err().contains("--yes"), unconfirmed.err());
		Product.Run deleted = Product.run(data, "delete", "--project", "Seeds", "--document", id, "--yes");
		assertEquals(0, deleted.exitCode(), deleted.err());
		assertTrue(Product.run(data, "stats").out().contains("Documents        4"));
		Product.Run search = Product.run(data, "search", "إيران", "--project", "Seeds");
		assertFalse(search.out().contains(id), "the index forgets the deleted document: " + search.out());

		Product.Run restored = Product.run(data, "restore", backup.toString());
		assertEquals(0, restored.exitCode(), restored.err());
		assertTrue(restored.out().contains("Restored 1 project, 5 documents"), restored.out());
		assertTrue(restored.out().contains("store.before-restore-"), restored.out());
		assertEquals(before.lines().skip(1).toList(), Product.run(data, "stats").out().lines().skip(1).toList(),
				"the counts are those at the backup");
		Product.Run again2 = Product.run(data, "search", "إيران", "--project", "Seeds");
		assertTrue(again2.out().contains(id), "the rebuilt index finds the restored document: " + again2.out());

		Product.Run notBackup = Product.run(data, "restore", work.resolve("missing.zip").toString());
		assertEquals(1, notBackup.exitCode());
		assertTrue(notBackup.err().contains("missing.zip"), notBackup.err());

		Product.Run whole = Product.run(data, "delete", "--project", "Seeds", "--whole-project", "--yes");
		assertEquals(0, whole.exitCode(), whole.err());
		assertTrue(whole.out().contains("Deleted project 'Seeds' with 5 documents"), whole.out());
		assertTrue(Product.run(data, "projects").out().contains("No projects yet"));
	}

	@Test
	void aBackupIsTakenWhileTheWorkbenchRunsAndARestoreWaitsForItToClose() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DISPLAY") != null,
				"needs a display: run through ./test, which provides Xvfb");
		Path scripts = work.resolve("scripts");
		java.util.concurrent.CompletableFuture<UiScriptRun> workbench = java.util.concurrent.CompletableFuture
				.supplyAsync(() -> {
					try {
						return UiScriptRun.run(data, scripts, "admin", "await explorer.tree", "pause 20000");
					} catch (Exception e) {
						throw new java.util.concurrent.CompletionException(e);
					}
				});
		// The workbench shares the store it opened with the owner's other processes through this file.
		Path shared = data.resolve("local-access.properties");
		long until = System.currentTimeMillis() + 90_000;
		while (!Files.exists(shared) && System.currentTimeMillis() < until && !workbench.isDone()) {
			Thread.sleep(200);
		}
		assertTrue(Files.exists(shared), "the workbench has the store open");

		Path backup = work.resolve("while-open.zip");
		Product.Run backedUp = Product.run(data, "backup", "--out", backup.toString());
		assertEquals(0, backedUp.exitCode(), backedUp.err());
		assertTrue(backedUp.out().contains("5 documents"), backedUp.out());
		Product.Run refused = Product.run(data, "restore", backup.toString());
		assertEquals(1, refused.exitCode(), refused.out());
		assertTrue(refused.err().contains("in use"), refused.err());

		workbench.get(3, java.util.concurrent.TimeUnit.MINUTES);
		Product.Run restored = Product.run(data, "restore", backup.toString());
		assertEquals(0, restored.exitCode(), restored.err());
		assertTrue(restored.out().contains("Restored 1 project, 5 documents"), restored.out());
	}
}
