package org.sanad.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.sanad.model.text.TextChecksum;

/** The in-memory checksums against real rows, including checksums that share a key. */
@ParameterizedClass
@EnumSource(Database.class)
class ChecksumsTest {

	@Parameter
	Database database;

	@TempDir
	Path folder;

	private Dialect dialect;
	private DataSource ds;
	private Connection connection;

	@BeforeEach
	void open() throws Exception {
		dialect = database.dialect();
		ds = database.dataSource(folder);
		connection = ds.getConnection();
		Migrations.upgrade(connection, dialect);
		connection.setAutoCommit(true);
		try (Statement s = connection.createStatement()) {
			s.execute("INSERT INTO project (id, name, created_at, next_seq) VALUES ('p', 'P', CURRENT_TIMESTAMP, 3)");
			s.execute("INSERT INTO project (id, name, created_at) VALUES ('q', 'Q', CURRENT_TIMESTAMP)");
			for (int i = 0; i < 3; i++) {
				insertDocument(i);
			}
		}
	}

	/** Adds document {@code d<i>} of project p, at place i, with checksum c(i) (its text is "x"). */
	private void insertDocument(int i) throws Exception {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO document (id, project_id, seq,"
				+ " text_length, checksum, imported_at, text_utf8) VALUES (?, 'p', ?, 1, ?, CURRENT_TIMESTAMP, ?)")) {
			insert.setString(1, "d" + i);
			insert.setInt(2, i);
			insert.setString(3, c(i));
			insert.setBytes(4, new byte[] { 'x' });
			insert.executeUpdate();
		}
	}

	/** @return the checksum of text number {@code i} */
	private static String c(int i) {
		return TextChecksum.of("text " + i);
	}

	@AfterEach
	void close() throws Exception {
		if (ds != null) { // null: skipped for want of a PostgreSQL server
			connection.close();
			dialect.close(ds);
		}
	}

	@Test
	void everyMatchIsConfirmedWhenAllChecksumsShareOneKey() throws Exception {
		Checksums checksums = new Checksums(checksum -> 7);
		assertEquals(Map.of(c(0), "d0", c(2), "d2"), checksums.find(connection, "p", 3, List.of(c(0), c(2), c(9))),
				"c0 holds the key; c2 is found by reading rows; c9 is nowhere");
		assertEquals(Map.of(), checksums.find(connection, "q", 0, List.of(c(0))), "per project");
	}

	@Test
	void documentsAddedByOthersAreReadFromWhereTheStoreLastLooked() throws Exception {
		Checksums checksums = new Checksums();
		assertEquals(Map.of(), checksums.find(connection, "p", 3, List.of(c(3))));
		insertDocument(3);
		assertEquals(Map.of(c(3), "d3", c(1), "d1"), checksums.find(connection, "p", 4, List.of(c(3), c(1))),
				"c1 was read at the first look, c3 from place 3 on");
	}

	@Test
	void keysSpreadAndGrowWithoutLosingAny() {
		ProjectChecksums known = new ProjectChecksums(ProjectChecksums::key);
		for (int i = 0; i < 20_000; i++) {
			known.add(TextChecksum.of("text " + i), i);
		}
		assertEquals(20_000, known.size());
		for (int i = 0; i < 20_000; i += 997) {
			assertEquals(i, known.placeOf(TextChecksum.of("text " + i)));
		}
		assertEquals(Long.MIN_VALUE, known.placeOf(TextChecksum.of("not stored")));
	}
}
