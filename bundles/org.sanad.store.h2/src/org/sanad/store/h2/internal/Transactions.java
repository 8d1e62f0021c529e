package org.sanad.store.h2.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.sanad.store.StoreException;

/** Runs work in one transaction: committed when it returns, rolled back when it throws. */
final class Transactions {

	/** Work on a connection. */
	@FunctionalInterface
	interface Work<T> {
		T run(Connection connection) throws SQLException;
	}

	private final DataSource dataSource;
	private final Dialect dialect;

	Transactions(DataSource dataSource, Dialect dialect) {
		this.dataSource = dataSource;
		this.dialect = dialect;
	}

	<T> T run(String what, Work<T> work) {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				T result = work.run(connection);
				connection.commit();
				return result;
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException e) {
			throw new StoreException("Could not " + what + ": " + e.getMessage(), e, dialect.isTransient(e));
		}
	}
}
