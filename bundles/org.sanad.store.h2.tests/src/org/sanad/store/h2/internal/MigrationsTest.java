package org.sanad.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.store.StoreException;

class MigrationsTest {

	@TempDir
	Path folder;

	private final H2Dialect dialect = new H2Dialect();

	private int version(DataSource ds) throws Exception {
		try (Connection c = ds.getConnection()) {
			return Migrations.upgrade(c, dialect);
		}
	}

	private void execute(DataSource ds, String sql) throws Exception {
		try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	@Test
	void createsEveryTableOnceAndIsIdempotent() throws Exception {
		DataSource ds = dialect.open(folder);
		try {
			assertEquals(Migrations.SCRIPTS.size(), version(ds));
			assertEquals(Migrations.SCRIPTS.size(), version(ds));
			try (Connection c = ds.getConnection();
					ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM sanad_schema_version")) {
				rows.next();
				assertEquals(Migrations.SCRIPTS.size(), rows.getInt(1));
			}
			execute(ds, "SELECT id, content FROM document WHERE 1 = 0");
		} finally {
			dialect.close(ds);
		}
	}

	@Test
	void upgradesAStoreOfAnOlderVersionStepByStep() throws Exception {
		DataSource ds = dialect.open(folder);
		try {
			try (Connection c = ds.getConnection()) {
				Migrations.upgrade(c, dialect);
			}
			execute(ds, "DROP SEQUENCE document_seq");
			execute(ds, "DELETE FROM sanad_schema_version WHERE version = 2");
			assertEquals(2, version(ds));
			execute(ds, "DROP SEQUENCE document_seq"); // exists again
		} finally {
			dialect.close(ds);
		}
	}

	@Test
	void refusesAStoreWhoseAppliedScriptWasChanged() throws Exception {
		DataSource ds = dialect.open(folder);
		try {
			version(ds);
			execute(ds, "UPDATE sanad_schema_version SET checksum = REPEAT('0', 64) WHERE version = 1");
			var error = assertThrows(StoreException.class, () -> version(ds));
			assertTrue(error.getMessage().contains("V1__initial.sql"), error.getMessage());
		} finally {
			dialect.close(ds);
		}
	}

	@Test
	void refusesAStoreFromANewerSanad() throws Exception {
		DataSource ds = dialect.open(folder);
		try {
			version(ds);
			execute(ds, "INSERT INTO sanad_schema_version VALUES (99, 'V99__future.sql', REPEAT('0', 64), CURRENT_TIMESTAMP)");
			var error = assertThrows(StoreException.class, () -> version(ds));
			assertTrue(error.getMessage().contains("newer Sanad"), error.getMessage());
		} finally {
			dialect.close(ds);
		}
	}

	@Test
	void splitsScriptsAtLineEndingSemicolonsAndDropsComments() {
		assertEquals(List.of("CREATE TABLE a (x INT)", "CREATE INDEX i ON a (x)"),
				Migrations.statements("-- comment\nCREATE TABLE a (x INT);\n\nCREATE INDEX i ON a (x);\n"));
	}
}
