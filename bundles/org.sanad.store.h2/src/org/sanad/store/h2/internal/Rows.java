package org.sanad.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Small queries the row classes share. */
final class Rows {

	private Rows() {
	}

	/** @return whether {@code table} has a row with this {@code id}; the table name is ours, never input */
	static boolean exists(Connection connection, String table, String id) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?")) {
			select.setString(1, id);
			try (ResultSet row = select.executeQuery()) {
				return row.next();
			}
		}
	}

	/**
	 * @return whether the statement broke a unique key: SQLSTATE 23505 in standard SQL (H2 and
	 *         PostgreSQL alike); other errors (a value too long, a row it refers to missing) are not
	 */
	static boolean isUniqueViolation(SQLException e) {
		return "23505".equals(e.getSQLState());
	}
}
