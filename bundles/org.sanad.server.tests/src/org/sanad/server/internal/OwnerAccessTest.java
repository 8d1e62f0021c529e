package org.sanad.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.server.ServerOptions;
import org.sanad.server.TeamServer;
import org.sanad.store.AccessDeniedException;
import org.sanad.store.AuditEntry;
import org.sanad.store.CorpusStore;
import org.sanad.store.StoreException;
import org.sanad.store.remote.LocalAccess;

/**
 * The data folder's owner reaching a store another of their processes holds: through the loopback
 * API with the secret from a file only they can read, with every right; nobody else gets in.
 */
class OwnerAccessTest {

	@TempDir
	Path folder;

	@Test
	void theOwnersSecretOpensTheWholeStoreAndTheActorTheyNameStands() throws Exception {
		try (Team team = new Team(folder, ServerOptions.defaults().withHost("127.0.0.1").withPort(0).withPlainHttp(true)
				.withOwnerSecret("owner-secret-of-this-test"))) {
			Path data = folder.resolve("owner");
			Files.createDirectories(data);
			LocalAccess.publish(data, new LocalAccess.Endpoint(team.uri(), "owner-secret-of-this-test"));
			assertEquals(PosixFilePermissions.fromString("rw-------"),
					Files.getPosixFilePermissions(data.resolve(LocalAccess.FILE)));

			CorpusStore owner = LocalAccess.connect(data);
			assertTrue(owner.caller().isEmpty(), "no account: the process acts for whoever runs it");
			Team.annotate(owner, team.second, "badr", "import-script", "القوات");
			List<AuditEntry> audit = team.local.audit(team.second, "badr");
			assertEquals("import-script", audit.get(audit.size() - 1).actor());
			Path backup = folder.resolve("backup.zip");
			owner.backup(backup);
			assertTrue(Files.size(backup) > 0);
			owner.close();
			assertEquals(3, team.local.documentCount(team.project.getId()), "closing the client leaves the store open");

			CorpusStore amal = team.as("amal");
			assertThrows(AccessDeniedException.class, () -> amal.backup(folder.resolve("stolen.zip")));
			assertFalse(Files.exists(folder.resolve("stolen.zip")));
			amal.close();

			LocalAccess.publish(data, new LocalAccess.Endpoint(team.uri(), "a-guessed-secret"));
			assertThrows(StoreException.class, () -> LocalAccess.connect(data).projects());
		}
	}

	@Test
	void aStaleAccessFileGivesAClearErrorNotAHang() {
		Path data = folder.resolve("stale");
		LocalAccess.publish(createDirectories(data), new LocalAccess.Endpoint(URI.create("http://127.0.0.1:9"), "x"));
		StoreException e = assertThrows(StoreException.class, () -> LocalAccess.connect(data));
		assertTrue(e.getMessage().contains("Cannot reach"), e.getMessage());
	}

	private static Path createDirectories(Path path) {
		try {
			return Files.createDirectories(path);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
