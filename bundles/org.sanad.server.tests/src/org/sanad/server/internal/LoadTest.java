package org.sanad.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.store.CorpusStore;
import org.sanad.store.h2.internal.H2StoreProvider;

/**
 * Eight annotators and a curator (in two sessions) editing through one real server at once, for a
 * few seconds (releng/benchmarks/server.sh runs it for a minute and records the speed): nothing
 * acknowledged is lost or doubled, no annotator reads another's set, conflicts are surfaced.
 */
class LoadTest {

	@TempDir
	Path data;

	@Test
	void aTeamEditingAtOnceLosesNothingAndSeesNothingOfEachOther() throws Exception {
		try (CorpusStore store = new H2StoreProvider().open(data)) {
			LoadHarness harness = new LoadHarness(store, 8);
			LoadHarness.Result result = harness.overServer(data, Duration.ofSeconds(8));

			assertTrue(result.edits() > 100, result.toString());
			assertEquals(0, result.lost(), result.toString());
			assertEquals(0, result.duplicated(), result.toString());
			assertEquals(0, result.allowedForeignReads(), result.toString());
			assertTrue(result.refusedForeignReads() > 0, "the foreign reads were tried: " + result);
			assertTrue(result.conflicts() > 0, "two sessions on the same gold sets meet: " + result);
			System.out.println(result);
		}
	}
}
