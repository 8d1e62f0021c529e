package org.sanad.server.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.cli.Arguments;
import org.sanad.cli.UsageException;
import org.sanad.store.StoreAddress;

/** {@code --store} and the store's password: from a private file or the environment, never an argument. */
class StoreChoiceTest {

	@TempDir
	Path folder;

	private static Arguments args(String... given) {
		return Arguments.parse(List.of(given), Set.of(), StoreChoice.withOptions());
	}

	@Test
	void theDataFolderIsTheDefaultAndAnAddressIsRead() {
		assertTrue(StoreChoice.address(args()).isEmpty());
		assertTrue(StoreChoice.address(args("--store", "h2")).isEmpty());
		assertEquals(new StoreAddress("postgresql", "sanad", "db", 5433, "team"),
				StoreChoice.address(args("--store", "postgresql://sanad@db:5433/team")).orElseThrow());
		UsageException wrong = assertThrows(UsageException.class,
				() -> StoreChoice.address(args("--store", "postgresql://sanad:secret@db/team")));
		assertTrue(wrong.getMessage().startsWith("--store: ") && !wrong.getMessage().contains("secret"),
				wrong.getMessage());
		assertThrows(UsageException.class, () -> StoreChoice.address(args("--password-file", "x")),
				"a password file without an address is a mistake");
	}

	@Test
	void thePasswordComesFromThePrivateFileOrTheEnvironment() throws Exception {
		Map<String, String> environment = Map.of(StoreChoice.PASSWORD, "from-environment");
		assertArrayEquals("from-environment".toCharArray(), StoreChoice.password(args(), environment::get));
		assertNull(StoreChoice.password(args(), name -> null), "none: the server trusts the account");

		Path file = folder.resolve("password");
		Files.writeString(file, "من الملف 1\nsecond line\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		assertArrayEquals("من الملف 1".toCharArray(),
				StoreChoice.password(args("--password-file", file.toString()), environment::get), "the file wins");

		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		UsageException open = assertThrows(UsageException.class,
				() -> StoreChoice.password(args("--password-file", file.toString()), environment::get));
		assertTrue(open.getMessage().contains("chmod 600 " + file), open.getMessage());

		Path missing = folder.resolve("missing");
		assertTrue(assertThrows(UsageException.class,
				() -> StoreChoice.password(args("--password-file", missing.toString()), environment::get))
				.getMessage().contains(missing + " does not exist"));
		Path empty = Files.createFile(folder.resolve("empty"),
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		assertTrue(assertThrows(UsageException.class,
				() -> StoreChoice.password(args("--password-file", empty.toString()), environment::get))
				.getMessage().contains("is empty"));
	}
}
