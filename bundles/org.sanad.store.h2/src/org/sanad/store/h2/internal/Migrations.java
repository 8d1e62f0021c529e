package org.sanad.store.h2.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanad.model.text.TextChecksum;
import org.sanad.store.StoreException;

/**
 * Creates and upgrades the store's tables with numbered SQL scripts from {@code db/migration/},
 * each applied once, in order, in its own transaction, and recorded with its checksum.
 */
public final class Migrations {

	/** The scripts in order; a new one is appended, an applied one is never edited. */
	static final List<String> SCRIPTS = List.of("V1__initial.sql", "V2__document_sequence.sql",
			"V3__duplicates_without_checksum_index.sql", "V4__texts_as_utf8.sql", "V5__curation_decisions.sql",
			"V6__curation_reasons.sql", "V7__project_log.sql", "V8__accounts_and_assignments.sql",
			"V9__applied_changes.sql", "V10__identity_caches.sql", "V11__audit_of_many_creations.sql");

	/**
	 * {@code ${unique table (column, …)}} in a script stands for the name of that unique constraint,
	 * which the database chose when an earlier script left it unnamed.
	 */
	private static final Pattern UNIQUE_NAME = Pattern.compile("\\$\\{unique (\\w+) \\(([\\w, ]+)\\)\\}");

	private static final String TABLE = "sanad_schema_version";

	private Migrations() {
	}

	/** @return the schema version after upgrading */
	public static int upgrade(Connection connection, Dialect dialect) throws SQLException {
		return upgrade(connection, dialect, SCRIPTS.size());
	}

	/** Upgrades to {@code version} at most: tests build stores as older Sanads left them. */
	static int upgrade(Connection connection, Dialect dialect, int version) throws SQLException {
		connection.setAutoCommit(false);
		ensureVersionTable(connection);
		List<String> applied = applied(connection);
		if (applied.size() > SCRIPTS.size()) {
			throw new StoreException("This store has schema version " + applied.size()
					+ ", written by a newer Sanad; this one knows versions up to " + SCRIPTS.size());
		}
		for (int i = 0; i < version; i++) {
			String script = SCRIPTS.get(i);
			String sql = read(script).replace("${clob}", dialect.clobType()).replace("${blob}", dialect.blobType())
					.replace("${identity cache}", Integer.toString(dialect.identityCache()));
			String checksum = TextChecksum.of(sql);
			if (i < applied.size()) {
				if (!applied.get(i).equals(checksum)) {
					throw new StoreException("Migration " + script + " differs from the one applied to this store");
				}
				continue;
			}
			apply(connection, i + 1, script, sql, checksum);
		}
		return Math.max(version, applied.size());
	}

	private static void apply(Connection connection, int version, String script, String sql, String checksum)
			throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String part : statements(sql)) {
				statement.execute(withConstraintNames(connection, part));
			}
			try (PreparedStatement record = connection.prepareStatement(
					"INSERT INTO " + TABLE + " (version, script, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
				record.setInt(1, version);
				record.setString(2, script);
				record.setString(3, checksum);
				record.setObject(4, OffsetDateTime.now());
				record.executeUpdate();
			}
			connection.commit();
		} catch (SQLException e) {
			connection.rollback();
			throw new SQLException("Migration " + script + " failed: " + e.getMessage(), e);
		}
	}

	private static String withConstraintNames(Connection connection, String sql) throws SQLException {
		Matcher unique = UNIQUE_NAME.matcher(sql);
		StringBuilder resolved = new StringBuilder();
		while (unique.find()) {
			List<String> columns = List.of(unique.group(2).split(",\\s*"));
			unique.appendReplacement(resolved, Matcher.quoteReplacement(uniqueName(connection, unique.group(1), columns)));
		}
		return unique.appendTail(resolved).toString();
	}

	/** Finds a unique constraint by its table and columns in the standard information schema. */
	static String uniqueName(Connection connection, String table, List<String> columns) throws SQLException {
		Map<String, List<String>> constraints = new LinkedHashMap<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT k.constraint_name, k.column_name"
				+ " FROM information_schema.table_constraints t JOIN information_schema.key_column_usage k"
				+ " ON k.constraint_name = t.constraint_name AND k.table_name = t.table_name"
				+ " AND k.table_schema = t.table_schema WHERE t.constraint_type = 'UNIQUE' AND LOWER(t.table_name) = ?"
				+ " AND t.table_schema = ? ORDER BY k.ordinal_position")) {
			select.setString(1, table.toLowerCase(Locale.ROOT));
			select.setString(2, connection.getSchema());
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					constraints.computeIfAbsent(rows.getString(1), k -> new ArrayList<>())
							.add(rows.getString(2).toLowerCase(Locale.ROOT));
				}
			}
		}
		return constraints.entrySet().stream().filter(c -> c.getValue().equals(columns)).map(Map.Entry::getKey)
				.findFirst().orElseThrow(() -> new SQLException("No unique constraint on " + table + " " + columns));
	}

	private static void ensureVersionTable(Connection connection) throws SQLException {
		// This schema's only: a database server may hold other stores in other schemas. The schema is a
		// LIKE pattern to the driver, where the '_' of a name like sanad_test_1 matches any character.
		var meta = connection.getMetaData();
		String escape = meta.getSearchStringEscape();
		String schema = connection.getSchema().replace(escape, escape + escape).replace("_", escape + "_")
				.replace("%", escape + "%");
		try (ResultSet tables = meta.getTables(null, schema, null, new String[] { "TABLE" })) {
			while (tables.next()) {
				if (TABLE.equalsIgnoreCase(tables.getString("TABLE_NAME"))) {
					return;
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE " + TABLE + " (version INTEGER PRIMARY KEY, script VARCHAR(200) NOT NULL,"
					+ " checksum CHAR(64) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
		}
		connection.commit();
	}

	private static List<String> applied(Connection connection) throws SQLException {
		List<String> checksums = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT checksum FROM " + TABLE + " ORDER BY version")) {
			while (rows.next()) {
				checksums.add(rows.getString(1));
			}
		}
		return checksums;
	}

	/** Splits a script at semicolons that end a line, leaving out comment lines. */
	static List<String> statements(String sql) {
		List<String> result = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String line : sql.split("\n")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("--")) {
				continue;
			}
			current.append(line).append('\n');
			if (trimmed.endsWith(";")) {
				result.add(current.substring(0, current.lastIndexOf(";")).strip());
				current.setLength(0);
			}
		}
		if (!current.toString().isBlank()) {
			result.add(current.toString().strip());
		}
		return result;
	}

	private static String read(String script) {
		try (InputStream in = Migrations.class.getResourceAsStream("/db/migration/" + script)) {
			if (in == null) {
				throw new StoreException("Migration " + script + " is missing from the store bundle");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new StoreException("Migration " + script + " cannot be read", e);
		}
	}
}
