package org.sanad.store.h2.internal;

import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Everything that differs between databases. The store's SQL is standard; what a database
 * needs beyond it (connection settings, the large text type, error codes) lives here only.
 */
public interface Dialect {

	/** @return the type for texts of any length, substituted for {@code ${clob}} in migrations */
	String clobType();

	/** @return the type for bytes of any length, substituted for {@code ${blob}} in migrations */
	String blobType();

	/**
	 * @return how many numbers an identity column takes from its sequence at a time, substituted
	 *         for {@code ${identity cache}} in migrations; the standard's default, 1, unless the
	 *         database pays for each refill
	 */
	default int identityCache() {
		return 1;
	}

	/**
	 * @return a pooled data source for the store in {@code directory}, for embedded databases; a
	 *         database server's dialect makes its data source from an address instead
	 */
	default DataSource open(Path directory) throws SQLException {
		throw new UnsupportedOperationException(getClass().getSimpleName() + " keeps no store in a folder");
	}

	/**
	 * @return whether the same work may succeed later: the database was unreachable, busy, locked or
	 *         could not write; not when it refused the work itself
	 */
	boolean isTransient(SQLException e);

	/** @return whether the error says the database is held by another process */
	boolean isLockedByAnotherProcess(SQLException e);

	/** Releases what {@link #open} made. */
	void close(DataSource dataSource);

	/** Writes a consistent copy of the open database to {@code file} while it stays in use. */
	default void backup(java.sql.Connection connection, Path file) throws SQLException {
		throw new UnsupportedOperationException(getClass().getSimpleName() + " makes no backups");
	}
}
