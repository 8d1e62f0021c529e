package org.sanad.store.h2.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.postgresql.ds.PGSimpleDataSource;
import org.sanad.store.StoreAddress;

/**
 * The PostgreSQL server the tests use, named by {@value #VARIABLE}; each test's store lives in a
 * schema of its own, dropped when the test JVM ends, so that tests never see each other's rows.
 */
public final class TestServer {

	/** Environment variable naming the test server, for example postgresql://postgres@127.0.0.1:5433/postgres. */
	public static final String VARIABLE = "SANAD_TEST_POSTGRESQL";

	static final String SKIPPED = "PostgreSQL tests skipped: " + VARIABLE + " names no server (./test starts one "
			+ "where PostgreSQL is installed or, as root, installable)";

	private static final Map<Path, String> SCHEMAS = new ConcurrentHashMap<>();
	private static final AtomicInteger COUNT = new AtomicInteger();
	private static final List<String> CREATED = new ArrayList<>();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(TestServer::dropCreated));
	}

	private TestServer() {
	}

	/** @return whether a server is named */
	public static boolean configured() {
		String value = System.getenv(VARIABLE);
		return value != null && !value.isBlank();
	}

	/** @return the named server */
	public static StoreAddress address() {
		return StoreAddress.parse(System.getenv(VARIABLE).strip());
	}

	/** @return the schema of the store in {@code data} (the store creates it on first use) */
	public static String schemaFor(Path data) {
		return SCHEMAS.computeIfAbsent(data.toAbsolutePath().normalize(), folder -> {
			String schema = "sanad_test_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
			synchronized (CREATED) {
				CREATED.add(schema);
			}
			return schema;
		});
	}

	/** @return a connection to the server's database, outside any store */
	public static Connection connect() throws SQLException {
		StoreAddress address = address();
		PGSimpleDataSource source = new PGSimpleDataSource();
		source.setServerNames(new String[] { address.host() });
		source.setPortNumbers(new int[] { address.port() });
		source.setDatabaseName(address.database());
		source.setUser(address.user());
		return source.getConnection();
	}

	private static void execute(String sql) {
		try (Connection c = connect(); Statement s = c.createStatement()) {
			s.execute(sql);
		} catch (SQLException e) {
			throw new IllegalStateException("Test server " + address() + ": " + sql + ": " + e.getMessage(), e);
		}
	}

	private static void dropCreated() {
		synchronized (CREATED) {
			for (String schema : CREATED) {
				try {
					execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
				} catch (RuntimeException e) {
					// the server may be gone already (stopped before this JVM ended): nothing left to drop
				}
			}
		}
	}
}
