package org.sanad.store.h2.internal;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/** The embedded H2 file database Sanad uses by default. */
public final class H2Dialect implements Dialect {

	/** File name of the database below the data folder's {@code store/}; H2 adds {@code .mv.db}. */
	static final String DATABASE = "sanad";

	/**
	 * WRITE_DELAY=0: a commit is written before it is acknowledged (H2's default of 500 ms loses
	 * acknowledged commits when the process is killed). No AUTO_SERVER: it would put the database
	 * on the network; a second Sanad process reaches the store through the first one's loopback
	 * API instead (org.sanad.store.remote.LocalAccess). TRACE_LEVEL_FILE=0: no sanad.trace.db, a
	 * file H2 would create with the process's umask (readable by others) and fill with statements;
	 * errors reach Sanad as exceptions anyway. QUERY_CACHE_SIZE=64: each connection keeps its 64
	 * latest parsed statements (H2's default of 8 is fewer than one annotation change prepares, so
	 * every change parsed its SQL again: 7% of an annotated import's commit thread).
	 */
	static final String SETTINGS = ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;QUERY_CACHE_SIZE=64";

	/** H2's codes for a broken connection, a failed read or write of its file, a lock held too long. */
	private static final Set<Integer> TRANSIENT_CODES = Set.of(ErrorCode.CONNECTION_BROKEN_1, ErrorCode.IO_EXCEPTION_1,
			ErrorCode.IO_EXCEPTION_2, ErrorCode.LOCK_TIMEOUT_1, ErrorCode.DATABASE_IS_IN_EXCLUSIVE_MODE);

	@Override
	public String clobType() {
		return "CLOB";
	}

	@Override
	public String blobType() {
		return "BLOB";
	}

	/**
	 * H2 writes its whole store each time a sequence's cache runs out (about 20 ms during a large
	 * import); 100,000 audit rows make one such write. A crash skips at most that many numbers.
	 */
	@Override
	public int identityCache() {
		return 100_000;
	}

	@Override
	public DataSource open(Path directory) throws SQLException {
		String url = "jdbc:h2:file:" + directory.resolve(DATABASE).toAbsolutePath() + SETTINGS;
		JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sanad", "");
		pool.setMaxConnections(8);
		pool.getConnection().close(); // fail now, not at the first use
		return pool;
	}

	/**
	 * Standard classes (08 connection, 40 transaction rolled back, 57 operator intervention, HYT00
	 * timeout), then H2's own codes; a full disk is a failed write, worth trying again once freed.
	 */
	@Override
	public boolean isTransient(SQLException e) {
		String state = e.getSQLState() == null ? "" : e.getSQLState();
		return state.startsWith("08") || state.startsWith("40") || state.startsWith("57") || state.equals("HYT00")
				|| TRANSIENT_CODES.contains(e.getErrorCode());
	}

	@Override
	public boolean isLockedByAnotherProcess(SQLException e) {
		return e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1;
	}

	@Override
	public void close(DataSource dataSource) {
		((JdbcConnectionPool) dataSource).dispose();
	}

	/** H2's online backup: a zip of the database file, consistent as of one moment. */
	@Override
	public void backup(java.sql.Connection connection, Path file) throws SQLException {
		try (java.sql.Statement backup = connection.createStatement()) {
			backup.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
		}
	}
}
