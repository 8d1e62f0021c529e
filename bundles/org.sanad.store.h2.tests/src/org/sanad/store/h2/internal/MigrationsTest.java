package org.sanad.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.model.text.TextChecksum;
import org.sanad.store.CorpusStore;
import org.sanad.store.StoreException;

@ParameterizedClass
@EnumSource(Database.class)
class MigrationsTest {

	@Parameter
	Database database;

	@TempDir
	Path folder;

	private Dialect dialect;

	@BeforeEach
	void dialect() {
		dialect = database.dialect();
	}

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
		DataSource ds = database.dataSource(folder);
		try {
			assertEquals(Migrations.SCRIPTS.size(), version(ds));
			assertEquals(Migrations.SCRIPTS.size(), version(ds));
			try (Connection c = ds.getConnection();
					ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM sanad_schema_version")) {
				rows.next();
				assertEquals(Migrations.SCRIPTS.size(), rows.getInt(1));
			}
			execute(ds, "SELECT id, text_utf8 FROM document WHERE 1 = 0");
		} finally {
			dialect.close(ds);
		}
	}

	@Test
	void theAuditTakesItsNumbersAsTheDialectSays() throws Exception {
		DataSource ds = database.dataSource(folder);
		try {
			version(ds);
			String cache = database == Database.H2
					? "SELECT identity_cache FROM information_schema.columns WHERE table_name = 'AUDIT' AND column_name = 'ID'"
					: "SELECT seqcache FROM pg_sequence WHERE seqrelid = pg_get_serial_sequence('audit', 'id')::regclass";
			try (Connection c = ds.getConnection(); ResultSet rows = c.createStatement().executeQuery(cache)) {
				assertTrue(rows.next());
				assertEquals(dialect.identityCache(), rows.getLong(1));
			}
		} finally {
			dialect.close(ds);
		}
	}

	@Test
	void upgradesAStoreOfAnOlderVersionStepByStep() throws Exception {
		DataSource ds = database.dataSource(folder);
		try {
			try (Connection c = ds.getConnection()) {
				assertEquals(2, Migrations.upgrade(c, dialect, 2));
			}
			execute(ds, "INSERT INTO project (id, name, created_at) VALUES ('p', 'Old', CURRENT_TIMESTAMP)");
			for (String checksum : List.of("a", "b")) {
				execute(ds, "INSERT INTO document (id, project_id, seq, text_length, checksum, imported_at, content)"
						+ " VALUES ('" + checksum + "', 'p', " + nextValue() + ", 1, '" + checksum
						+ "', CURRENT_TIMESTAMP, 'x')");
			}
			String duplicate = "INSERT INTO document (id, project_id, seq, text_length, checksum, imported_at, content)"
					+ " VALUES ('c', 'p', 7, 1, 'a', CURRENT_TIMESTAMP, 'x')";
			assertThrows(SQLException.class, () -> execute(ds, duplicate), "version 2 has the unique index");

			try (Connection c = ds.getConnection()) {
				assertEquals(3, Migrations.upgrade(c, dialect, 3));
			}
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
	void upgradesTextsToTheBytesTheirChecksumsAreMadeOf() throws Exception {
		String arabic = "قالَت الوزارةُ ـــ في بيانها 😀 \u200D e\u0301";
		String long_ = "نص طويل 😀 ".repeat(120_000); // beyond the million characters of a VARCHAR
		Path data = folder.resolve("data");
		DataSource ds = database.dataSource(data);
		try {
			try (Connection c = ds.getConnection()) {
				assertEquals(3, Migrations.upgrade(c, dialect, 3));
			}
			execute(ds, "INSERT INTO project (id, name, created_at) VALUES ('p', 'Old', CURRENT_TIMESTAMP)");
			try (Connection c = ds.getConnection(); PreparedStatement insert = c.prepareStatement("INSERT INTO document"
					+ " (id, project_id, seq, text_length, checksum, imported_at, content) VALUES (?, 'p', ?, ?, ?, CURRENT_TIMESTAMP, ?)")) {
				int seq = 0;
				for (String text : List.of(arabic, long_)) {
					insert.setString(1, "d" + seq);
					insert.setInt(2, seq++);
					insert.setInt(3, text.length());
					insert.setString(4, TextChecksum.of(text));
					insert.setString(5, text);
					insert.executeUpdate();
				}
			}
			assertEquals(Migrations.SCRIPTS.size(), version(ds));
			assertThrows(SQLException.class, () -> execute(ds, "SELECT content FROM document"), "dropped");
			try (Connection c = ds.getConnection();
					ResultSet rows = c.createStatement().executeQuery("SELECT text_utf8, checksum FROM document ORDER BY seq")) {
				for (String text : List.of(arabic, long_)) {
					assertTrue(rows.next());
					byte[] utf8 = rows.getBytes(1);
					assertEquals(TextChecksum.ofUtf8(utf8, 0, utf8.length), rows.getString(2));
					assertEquals(text, new String(utf8, StandardCharsets.UTF_8));
				}
			}
		} finally {
			dialect.close(ds);
		}
		try (CorpusStore store = database.open(data)) {
			assertEquals(arabic, store.document("d0").orElseThrow().getText());
			assertEquals(long_, store.texts(List.of("d1")).get("d1"));
		}
	}

	@Test
	void findsAnUnnamedUniqueConstraintByItsColumns() throws Exception {
		DataSource ds = database.dataSource(folder);
		try (Connection c = ds.getConnection()) {
			Migrations.upgrade(c, dialect, 1);
			String name = Migrations.uniqueName(c, "DOCUMENT", List.of("checksum", "project_id"));
			assertTrue(database == Database.H2 ? name.startsWith("CONSTRAINT_")
					: name.equals("document_checksum_project_id_key"), name); // each database's own naming
			assertEquals(Migrations.uniqueName(c, "project", List.of("name")),
					Migrations.uniqueName(c, "Project", List.of("name")));
			var error = assertThrows(SQLException.class, () -> Migrations.uniqueName(c, "document", List.of("title")));
			assertTrue(error.getMessage().contains("document [title]"), error.getMessage());
		} finally {
			dialect.close(ds);
		}
	}

	/** The next value of V2's sequence, as each database says it. */
	private String nextValue() {
		return database == Database.H2 ? "NEXT VALUE FOR document_seq" : "nextval('document_seq')";
	}

	private static long longOf(DataSource ds, String sql) throws Exception {
		try (Connection c = ds.getConnection(); ResultSet row = c.createStatement().executeQuery(sql)) {
			row.next();
			return row.getLong(1);
		}
	}

	@Test
	void refusesAStoreWhoseAppliedScriptWasChanged() throws Exception {
		DataSource ds = database.dataSource(folder);
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
		DataSource ds = database.dataSource(folder);
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
