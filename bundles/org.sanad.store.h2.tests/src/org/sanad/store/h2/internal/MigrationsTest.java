package org.sanad.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
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
				assertEquals(2, Migrations.upgrade(c, dialect, 2));
			}
			execute(ds, "INSERT INTO project (id, name, created_at) VALUES ('p', 'Old', CURRENT_TIMESTAMP)");
			for (String checksum : List.of("a", "b")) {
				execute(ds, "INSERT INTO document (id, project_id, seq, text_length, checksum, imported_at, content)"
						+ " VALUES ('" + checksum + "', 'p', NEXT VALUE FOR document_seq, 1, '" + checksum
						+ "', CURRENT_TIMESTAMP, 'x')");
			}
			String duplicate = "INSERT INTO document (id, project_id, seq, text_length, checksum, imported_at, content)"
					+ " VALUES ('c', 'p', 7, 1, 'a', CURRENT_TIMESTAMP, 'x')";
			assertThrows(SQLException.class, () -> execute(ds, duplicate), "version 2 has the unique index");

			assertEquals(3, version(ds));
			assertEquals(1_000_000_002L, longOf(ds, "SELECT next_seq FROM project WHERE id = 'p'"),
					"the next number follows the documents numbered by the old sequence");
			execute(ds, duplicate); // duplicates are the store's to find now, not an index's
			assertThrows(SQLException.class, () -> execute(ds, "DROP SEQUENCE document_seq"), "dropped");
			try (Connection c = ds.getConnection()) {
				assertThrows(SQLException.class,
						() -> Migrations.uniqueName(c, "document", List.of("checksum", "project_id")));
			}
		} finally {
			dialect.close(ds);
		}
	}

	@Test
	void findsAnUnnamedUniqueConstraintByItsColumns() throws Exception {
		DataSource ds = dialect.open(folder);
		try (Connection c = ds.getConnection()) {
			Migrations.upgrade(c, dialect, 1);
			String name = Migrations.uniqueName(c, "DOCUMENT", List.of("checksum", "project_id"));
			assertTrue(name.startsWith("CONSTRAINT_"), name);
			assertEquals(Migrations.uniqueName(c, "project", List.of("name")),
					Migrations.uniqueName(c, "Project", List.of("name")));
			var error = assertThrows(SQLException.class, () -> Migrations.uniqueName(c, "document", List.of("title")));
			assertTrue(error.getMessage().contains("document [title]"), error.getMessage());
		} finally {
			dialect.close(ds);
		}
	}

	private static long longOf(DataSource ds, String sql) throws Exception {
		try (Connection c = ds.getConnection(); ResultSet row = c.createStatement().executeQuery(sql)) {
			row.next();
			return row.getLong(1);
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
