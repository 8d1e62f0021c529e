package org.sanad.product.tests;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A new, empty database on the PostgreSQL server that {@value #VARIABLE} names (./test starts
 * one), for a product test that serves or migrates a store there; dropped when closed.
 */
final class TestDatabase implements AutoCloseable {

	static final String VARIABLE = "SANAD_TEST_POSTGRESQL";

	static final String SKIPPED = "PostgreSQL run skipped: " + VARIABLE + " names no server (./test starts one "
			+ "where PostgreSQL is installed or, as root, installable)";

	private static final AtomicInteger COUNT = new AtomicInteger();

	/** The new database's address, as {@code sanad --store} takes it. */
	final String address;
	private final String name;

	private TestDatabase(String address, String name) {
		this.address = address;
		this.name = name;
	}

	static boolean configured() {
		String value = System.getenv(VARIABLE);
		return value != null && !value.isBlank();
	}

	static TestDatabase create() throws SQLException {
		URI server = URI.create(System.getenv(VARIABLE).strip());
		String name = "sanad_product_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
		execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
		return new TestDatabase(server.getScheme() + "://" + server.getUserInfo() + "@" + server.getHost() + ":"
				+ server.getPort() + "/" + name, name);
	}

	private static void execute(String sql) throws SQLException {
		URI server = URI.create(System.getenv(VARIABLE).strip());
		String url = "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + server.getPath();
		try (Connection c = DriverManager.getConnection(url, server.getUserInfo(), null);
				Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	@Override
	public void close() throws SQLException {
		execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
	}
}
