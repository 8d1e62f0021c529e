package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data folder holds every annotation: the product creates it for its owner only. */
class DataFolderPermissionsTest {

	@TempDir
	Path work;

	@Test
	void aNewDataFolderAndItsStoreAreTheOwnersOnly() throws Exception {
		Path data = work.resolve("new/data");
		Product.Run stats = Product.run(data, "stats");
		assertEquals(0, stats.exitCode(), stats.err());
		assertEquals("", stats.err());
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("store"))));
		assertTrue(Files.exists(data.resolve("store/sanad.mv.db")));
	}

	@Test
	void anExistingFolderOthersCanReadIsKeptWithAWarning() throws Exception {
		Path data = Files.createDirectories(work.resolve("shared"));
		Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
		Product.Run stats = Product.run(data, "stats");
		assertEquals(0, stats.exitCode(), stats.err());
		assertTrue(stats.err().contains("warning: other users of this machine can read " + data), stats.err());
		Set<PosixFilePermission> kept = Files.getPosixFilePermissions(data);
		assertTrue(kept.contains(PosixFilePermission.OTHERS_READ), "not changed behind the user's back");
	}
}
