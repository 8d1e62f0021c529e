package org.sanad.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanad.store.CorpusStore;
import org.sanad.store.StoreAddress;
import org.sanad.store.h2.internal.H2StoreProvider;
import org.sanad.store.postgresql.internal.PostgreSQLStoreProvider;

/**
 * Eight annotators and a curator (in two sessions) editing through one real server at once, for a
 * few seconds (releng/benchmarks/server.sh runs it for a minute and records the speed): nothing
 * acknowledged is lost or doubled, no annotator reads another's set, conflicts are surfaced. On
 * the embedded H2 store and on PostgreSQL (the server {@value #POSTGRESQL} names; ./test starts one).
 */
@ParameterizedClass
@ValueSource(strings = { "h2", "postgresql" })
class LoadTest {

	static final String POSTGRESQL = "SANAD_TEST_POSTGRESQL";

	@Parameter
	String database;

	@TempDir
	Path data;

	@Test
	void aTeamEditingAtOnceLosesNothingAndSeesNothingOfEachOther() throws Exception {
		try (CorpusStore store = open()) {
			LoadHarness harness = new LoadHarness(store, 8);
			LoadHarness.Result result = harness.overServer(data, Duration.ofSeconds(8));

			assertTrue(result.edits() > 100, result.toString());
			assertEquals(0, result.lost(), result.toString());
			assertEquals(0, result.duplicated(), result.toString());
			assertEquals(0, result.allowedForeignReads(), result.toString());
			assertTrue(result.refusedForeignReads() > 0, "the foreign reads were tried: " + result);
			assertTrue(result.conflicts() > 0, "two sessions on the same gold sets meet: " + result);
			System.out.println(database + ": " + result);
		}
	}

	private CorpusStore open() {
		if (database.equals("h2")) {
			return new H2StoreProvider().open(data);
		}
		String server = System.getenv(POSTGRESQL);
		Assumptions.assumeTrue(server != null && !server.isBlank(), "PostgreSQL run skipped: " + POSTGRESQL
				+ " names no server (./test starts one where PostgreSQL is installed or, as root, installable)");
		// A schema of its own in the test server's database, thrown away with the server after ./test.
		return PostgreSQLStoreProvider.open(StoreAddress.parse(server.strip()), null,
				"sanad_load_" + ProcessHandle.current().pid());
	}
}
