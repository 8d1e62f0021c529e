package org.sanad.store.postgresql.internal;

import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.sanad.store.StoreAddress;
import org.sanad.store.h2.internal.Dialect;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;

/**
 * A store on a PostgreSQL server: the same tables and SQL as on H2, with PostgreSQL's types for
 * long texts and bytes and its error classes.
 */
public final class PostgreSQLDialect implements Dialect {

	/** Connections the store keeps open at most: the group-commit writer, readers, imports. */
	static final int CONNECTIONS = 16;

	/**
	 * SQLSTATE classes worth trying again: 08 connection, 40 rolled back (serialization, deadlock),
	 * 53 insufficient resources (disk full, too many connections), 57 operator intervention
	 * (server shutting down); and 55P03, a lock not available.
	 */
	private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57");

	@Override
	public String clobType() {
		return "TEXT";
	}

	@Override
	public String blobType() {
		return "BYTEA";
	}

	/**
	 * A pool of connections to {@code address}: HikariCP over the driver's data source. It checks
	 * a connection before handing it out and drops the ones the server closed (a restart, a
	 * failover, an administrator's {@code pg_terminate_backend}), which a plain pool would hand out
	 * again and again.
	 *
	 * @param schema the schema the store's tables live in, created if missing, or {@code null} for the
	 *               account's default ({@code public}); tests give each store its own
	 */
	public DataSource connect(StoreAddress address, char[] password, String schema) throws SQLException {
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setServerNames(new String[] { address.host() });
		source.setPortNumbers(new int[] { address.port() });
		source.setDatabaseName(address.database());
		source.setUser(address.user());
		if (password != null) {
			source.setPassword(new String(password));
		}
		source.setApplicationName("Sanad");
		source.setConnectTimeout(10);
		source.setTcpKeepAlive(true);
		// One INSERT with many rows per batch instead of one per row: what makes batched imports fast.
		source.setReWriteBatchedInserts(true);
		// synchronous_commit may be off for a role or database; a Sanad store commits durably anyway.
		source.setOptions("-c synchronous_commit=on");
		if (schema != null) {
			source.setCurrentSchema(schema);
		}
		HikariConfig config = new HikariConfig();
		config.setDataSource(source);
		config.setPoolName("sanad " + address + (schema == null ? "" : " " + schema));
		config.setMaximumPoolSize(CONNECTIONS);
		config.setMinimumIdle(2);
		config.setConnectionTimeout(30_000); // how long a caller waits for a free connection
		HikariDataSource pool;
		try {
			pool = new HikariDataSource(config); // connects once: a wrong address or password fails here
		} catch (HikariPool.PoolInitializationException e) {
			throw e.getCause() instanceof SQLException cause ? cause : new SQLException(e.getMessage(), "08001", e);
		}
		try (var connection = pool.getConnection()) {
			ServerChecks.require(connection, address);
			if (schema != null) {
				try (var create = connection.createStatement()) {
					create.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema.replace("\"", "\"\"") + "\"");
				}
			}
		} catch (SQLException | RuntimeException e) {
			pool.close();
			throw e;
		}
		return pool;
	}

	@Override
	public boolean isTransient(SQLException e) {
		String state = e.getSQLState() == null ? "" : e.getSQLState();
		return state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2)) || state.equals("55P03");
	}

	@Override
	public boolean isLockedByAnotherProcess(SQLException e) {
		return false; // a database server is shared by design
	}

	@Override
	public void close(DataSource dataSource) {
		((HikariDataSource) dataSource).close();
	}

	@Override
	public void backup(java.sql.Connection connection, java.nio.file.Path file) throws SQLException {
		throw new org.sanad.store.StoreException("A store on PostgreSQL is backed up on its server, with pg_dump or "
				+ "the server's continuous archiving; Sanad's backup command writes H2 stores only");
	}
}
