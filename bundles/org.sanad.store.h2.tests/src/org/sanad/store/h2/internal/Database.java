package org.sanad.store.h2.internal;

import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
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
	},

	POSTGRESQL {
		/** Each data folder (each test) gets a schema of its own, found again when the test reopens it. */
		@Override
		JdbcCorpusStore open(Path data) {
			Assumptions.assumeTrue(TestServer.configured(), TestServer.SKIPPED);
			return PostgreSQLStoreProvider.open(TestServer.address(), null, TestServer.schemaFor(data));
		}
	};

	/** Opens (creating on first use) the store of the test whose temporary folder is {@code data}. */
	abstract JdbcCorpusStore open(Path data);
}
