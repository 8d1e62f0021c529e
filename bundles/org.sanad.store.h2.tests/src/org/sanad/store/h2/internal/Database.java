package org.sanad.store.h2.internal;

import java.nio.file.Path;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Assumptions;
import org.sanad.store.postgresql.internal.PostgreSQLDialect;
import org.sanad.store.postgresql.internal.PostgreSQLStoreProvider;

/**
 * The databases the store suite runs on: every test class marked {@code @ParameterizedClass
 * @EnumSource(Database.class)} runs once on each. H2 always; PostgreSQL on the server that
 * {@value TestServer#VARIABLE} names (./test starts one when it can), skipped and said so without it.
 */
enum Database {

	H2 {
		@Override
		JdbcCorpusStore open(Path data) {
			return JdbcCorpusStore.open(data, new H2Dialect());
		}

		@Override
		Dialect dialect() {
			return new H2Dialect();
		}

		@Override
		DataSource dataSource(Path data) throws SQLException {
			return dialect().open(data.resolve(JdbcCorpusStore.FOLDER));
		}
	},

	POSTGRESQL {
		/** Each data folder (each test) gets a schema of its own, found again when the test reopens it. */
		@Override
		JdbcCorpusStore open(Path data) {
			Assumptions.assumeTrue(TestServer.configured(), TestServer.SKIPPED);
			return PostgreSQLStoreProvider.open(TestServer.address(), null, TestServer.schemaFor(data));
		}

		@Override
		Dialect dialect() {
			return new PostgreSQLDialect();
		}

		@Override
		DataSource dataSource(Path data) throws SQLException {
			Assumptions.assumeTrue(TestServer.configured(), TestServer.SKIPPED);
			return new PostgreSQLDialect().connect(TestServer.address(), null, TestServer.schemaFor(data));
		}
	};

	/** Opens (creating on first use) the store of the test whose temporary folder is {@code data}. */
	abstract JdbcCorpusStore open(Path data);

	/** @return what differs about this database */
	abstract Dialect dialect();

	/**
	 * @return the bare database of the store in {@code data}, for tests below the store (migrations,
	 *         checksums); no tables are made. Close it with {@link #dialect()}.
	 */
	abstract DataSource dataSource(Path data) throws SQLException;
}
