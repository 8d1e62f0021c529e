package org.sanad.store.postgresql.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.sanad.store.StoreException;
import org.sanad.store.h2.internal.JdbcCorpusStore;

/**
 * Copies a whole store, table by table, from one database to another with the same schema
 * version: every row as it is (ids, revisions, the audit and the logs), in one transaction on the
 * target, then compares row counts and checksums of every table on both sides. Below the store
 * API on purpose: that API writes history only by making it, and a copy must keep it.
 */
public final class StoreCopy {

	/** The store's tables, parents before the tables whose foreign keys name them. */
	static final List<String> TABLES = List.of("project", "label_schema", "annotator", "membership", "source_entry",
			"document", "boilerplate_region", "annotation_set", "annotation", "claim_span", "audit",
			"curation_decision", "project_log", "assignment", "applied_change");

	/** Tables whose ids a database counts; after a copy the target counts on from the highest. */
	static final List<String> COUNTED_IDS = List.of("audit", "curation_decision", "project_log");

	/** Rows per batched insert. */
	private static final int BATCH = 500;

	/** What a copy did. */
	public enum Outcome {
		/** The target was empty and now holds the source's rows. */
		COPIED,
		/** The target held exactly the source's rows already; nothing was written. */
		ALREADY_THERE
	}

	/** One table on both sides after the copy. */
	public record TableCheck(String table, long rows, String checksum) {
	}

	/** The outcome and every table's rows and checksum, equal on both sides. */
	public record Report(Outcome outcome, List<TableCheck> tables) {
		/** @return the row count of {@code table} */
		public long rows(String table) {
			return tables.stream().filter(t -> t.table().equals(table)).mapToLong(TableCheck::rows).sum();
		}
	}

	private StoreCopy() {
	}

	/**
	 * Copies the embedded store of a data folder to a PostgreSQL database, as
	 * {@code sanad store migrate --from h2:DATA-FOLDER --to postgresql://...} does.
	 *
	 * @throws StoreException if the folder has no store or a Sanad uses it, the server cannot be
	 *                        reached, or {@link #copy} refuses
	 */
	public static Report fromH2(java.nio.file.Path dataFolder, org.sanad.store.StoreAddress to, char[] password,
			Consumer<String> progress, BooleanSupplier cancelled) {
		java.nio.file.Path file = dataFolder.resolve(JdbcCorpusStore.FOLDER).resolve("sanad.mv.db");
		if (!java.nio.file.Files.isRegularFile(file)) {
			throw new StoreException("There is no Sanad store in " + dataFolder + " (no " + file + ")");
		}
		JdbcCorpusStore source;
		try {
			source = JdbcCorpusStore.open(dataFolder, new org.sanad.store.h2.internal.H2Dialect());
		} catch (org.sanad.store.StoreInUseException e) {
			throw new StoreException("The store in " + dataFolder + " is in use: stop the Sanad that has it open "
					+ "(the workbench or a server) and run the migration again", e);
		}
		try (source; JdbcCorpusStore target = PostgreSQLStoreProvider.open(to, password, null)) {
			return copy(source, target, progress, cancelled);
		}
	}

	/**
	 * Copies {@code from} into {@code to} if {@code to} is empty; if it holds the same rows, says
	 * so and writes nothing; if it holds other rows, refuses.
	 *
	 * @param progress told what is being copied, a line at a time
	 * @param cancelled asked between batches; when it says yes nothing is written
	 * @throws StoreException if the target holds other data, a copy fails, or the check after it
	 */
	public static Report copy(JdbcCorpusStore from, JdbcCorpusStore to, Consumer<String> progress,
			BooleanSupplier cancelled) {
		try (Connection source = from.dataSource().getConnection(); Connection target = to.dataSource().getConnection()) {
			source.setAutoCommit(false);
			source.setReadOnly(true);
			target.setAutoCommit(false);
			Map<String, List<TableRows.Column>> columns = new LinkedHashMap<>();
			for (String table : TABLES) {
				columns.put(table, columnsOf(source, table));
			}
			if (!isEmpty(target)) {
				progress.accept("The target holds data: comparing it with the source");
				List<TableCheck> theirs = digest(target, columns);
				List<TableCheck> ours = digest(source, columns);
				if (!ours.equals(theirs)) {
					throw new StoreException("The target store holds other data than the source (" + firstDifference(ours,
							theirs) + "); Sanad copies only into an empty store and does not merge stores");
				}
				return new Report(Outcome.ALREADY_THERE, ours);
			}
			try {
				for (String table : TABLES) {
					long rows = copyTable(source, target, table, columns.get(table), cancelled);
					progress.accept(String.format("%-18s %,d rows", table, rows));
				}
				for (String table : COUNTED_IDS) {
					countOn(target, table);
				}
				progress.accept("Checking counts and checksums on both sides");
				List<TableCheck> ours = digest(source, columns);
				List<TableCheck> theirs = digest(target, columns);
				if (!ours.equals(theirs)) {
					throw new StoreException("The copy differs from the source (" + firstDifference(ours, theirs)
							+ "); nothing was kept");
				}
				target.commit();
				return new Report(Outcome.COPIED, ours);
			} catch (SQLException | RuntimeException e) {
				target.rollback();
				throw e;
			} finally {
				source.rollback();
			}
		} catch (SQLException e) {
			throw new StoreException("Could not copy the store: " + e.getMessage(), e);
		}
	}

	private static List<TableRows.Column> columnsOf(Connection source, String table) throws SQLException {
		try (Statement statement = source.createStatement();
				ResultSet none = statement.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
			return TableRows.columns(none.getMetaData());
		}
	}

	private static boolean isEmpty(Connection target) throws SQLException {
		for (String table : TABLES) {
			try (Statement statement = target.createStatement();
					ResultSet any = statement.executeQuery("SELECT 1 FROM " + table + " FETCH FIRST 1 ROWS ONLY")) {
				if (any.next()) {
					return false;
				}
			}
		}
		return true;
	}

	private static long copyTable(Connection source, Connection target, String table, List<TableRows.Column> columns,
			BooleanSupplier cancelled) throws SQLException {
		String names = String.join(", ", columns.stream().map(TableRows.Column::name).toList());
		String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
		List<TableRows.Column> targetColumns;
		try (Statement none = target.createStatement();
				ResultSet shape = none.executeQuery("SELECT " + names + " FROM " + table + " WHERE 1 = 0")) {
			targetColumns = TableRows.columns(shape.getMetaData());
		}
		long rows = 0;
		try (Statement select = source.createStatement();
				PreparedStatement insert = target
						.prepareStatement("INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")")) {
			select.setFetchSize(BATCH);
			try (ResultSet row = select.executeQuery("SELECT " + names + " FROM " + table)) {
				while (row.next()) {
					for (int i = 0; i < columns.size(); i++) {
						TableRows.bind(insert, i + 1, TableRows.read(row, i + 1, columns.get(i)), targetColumns.get(i));
					}
					insert.addBatch();
					if (++rows % BATCH == 0) {
						insert.executeBatch();
						if (cancelled.getAsBoolean()) {
							throw new StoreException("The copy was cancelled; nothing was kept");
						}
					}
				}
			}
			insert.executeBatch();
		}
		return rows;
	}

	/** After ids were copied as they were, the identity of {@code table} goes on above the highest. */
	private static void countOn(Connection target, String table) throws SQLException {
		try (Statement statement = target.createStatement()) {
			statement.executeQuery("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'),"
					+ " COALESCE((SELECT MAX(id) FROM " + table + "), 0) + 1, false)").close();
		}
	}

	private static List<TableCheck> digest(Connection connection, Map<String, List<TableRows.Column>> columns)
			throws SQLException {
		List<TableCheck> checks = new ArrayList<>();
		for (Map.Entry<String, List<TableRows.Column>> table : columns.entrySet()) {
			List<TableRows.Column> shape = table.getValue();
			String names = String.join(", ", shape.stream().map(TableRows.Column::name).toList());
			TableDigest digest = new TableDigest();
			try (Statement select = connection.createStatement()) {
				select.setFetchSize(BATCH);
				try (ResultSet row = select.executeQuery("SELECT " + names + " FROM " + table.getKey())) {
					List<TableRows.Column> read = TableRows.columns(row.getMetaData());
					Object[] values = new Object[shape.size()];
					while (row.next()) {
						for (int i = 0; i < values.length; i++) {
							values[i] = TableRows.read(row, i + 1, read.get(i));
						}
						digest.add(shape, values);
					}
				}
			}
			checks.add(new TableCheck(table.getKey(), digest.rows(), digest.checksum()));
		}
		return checks;
	}

	private static String firstDifference(List<TableCheck> ours, List<TableCheck> theirs) {
		for (int i = 0; i < ours.size(); i++) {
			TableCheck a = ours.get(i);
			TableCheck b = theirs.get(i);
			if (!a.equals(b)) {
				return a.rows() != b.rows()
						? a.table() + ": " + a.rows() + " rows in the source, " + b.rows() + " in the target"
						: a.table() + ": the same " + a.rows() + " rows count, different contents";
			}
		}
		return "no table differs";
	}
}
