package org.sanad.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.server.ServerOptions;
import org.sanad.store.AccessDeniedException;
import org.sanad.store.AnnotationChange;
import org.sanad.store.ChangeOutcome;
import org.sanad.store.ConflictException;
import org.sanad.store.CorpusStore;

/**
 * {@code applyAll} through a Sanad server: the client sends one change a call (the server serves
 * no {@code applyAll}), so the server guards each as it guards {@code apply}, and each outcome is
 * the change's own.
 */
class RemoteApplyAllTest {

	@TempDir
	Path folder;

	@Test
	void changesGivenTogetherAreGuardedOneByOne() {
		try (Team team = new Team(folder, ServerOptions.defaults().withHost("127.0.0.1").withPort(0).withPlainHttp(true))) {
			CorpusStore amal = team.as("amal");
			List<ChangeOutcome> outcomes = amal.applyAll(List.of(
					change(team.first, "amal", 0),
					change(team.first, "badr", 0), // badr's set: not amal's to write
					change(team.first, "amal", 0))); // against revision 0 again: a conflict
			amal.close();

			assertEquals(1, outcomes.get(0).revision());
			assertInstanceOf(AccessDeniedException.class, outcomes.get(1).failure());
			assertInstanceOf(ConflictException.class, outcomes.get(2).failure());
			assertEquals(1, team.local.annotationSet(team.first, "amal").getAnnotations().size());
			assertTrue(team.local.annotationSet(team.first, "badr").getAnnotations().isEmpty());
		}
	}

	private static AnnotationChange change(String documentId, String owner, long revision) {
		return new AnnotationChange(documentId, owner, "amal", revision, List.of(Team.entity("رايدر", "PER")), List.of(),
				List.of(), null);
	}
}
