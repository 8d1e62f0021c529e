package org.sanad.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.editing.StoreFixture.TEXT;
import static org.sanad.editing.StoreFixture.at;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;
import org.sanad.model.Credibility;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Reliability;
import org.sanad.model.SetStatus;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.validation.Problem;
import org.sanad.store.AuditEntry;

class AnnotationSessionTest {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@TempDir
	Path folder;

	private StoreFixture fixture;
	private AnnotationSession session;
	private AnnotationActions actions;

	@BeforeEach
	void open() {
		fixture = new StoreFixture(folder);
		session = fixture.open("ann");
		actions = new AnnotationActions(session);
	}

	@AfterEach
	void close() {
		session.close();
		fixture.close();
	}

	private AnnotationSet stored() throws InterruptedException {
		assertTrue(session.flush(WAIT), "every edit acknowledged: " + session.commitState());
		return fixture.real.annotationSet(fixture.documentId, "ann");
	}

	@Test
	void aLabelSnapsToTheWordAndReachesTheStore() throws Exception {
		int inside = at("رايدر") + 2;
		EntityMention per = actions.labelEntity(at("باتريك") + 1, inside, "PER");
		assertEquals("باتريك رايدر", TEXT.substring(per.getBegin(), per.getEnd()));
		assertSame(per, session.selected());
		AnnotationSet stored = stored();
		assertEquals(1, stored.getRevision());
		EntityMention back = (EntityMention) stored.getAnnotations().get(0);
		assertEquals(per.getId(), back.getId());
		assertEquals(per.getBegin(), back.getBegin());
		assertEquals("ann", back.getCreatedBy());
		assertEquals(SetStatus.IN_PROGRESS, stored.getStatus());
	}

	@Test
	void undoAndRedoReachTheStoreToo() throws Exception {
		EntityMention org = actions.labelEntity(at("البنتاغون"), at("البنتاغون"), "ORG");
		actions.labelEntity(org.getBegin(), org.getEnd(), "GPE");
		assertEquals("GPE", org.getLabel());
		assertEquals("Relabel ORG as GPE", session.undoLabel());
		session.undo();
		assertEquals("ORG", org.getLabel());
		assertEquals("ORG", ((EntityMention) stored().getAnnotations().get(0)).getLabel());
		session.undo();
		assertTrue(session.set().getAnnotations().isEmpty());
		assertTrue(stored().getAnnotations().isEmpty());
		assertFalse(session.canUndo());
		session.redo();
		session.redo();
		assertEquals("GPE", ((EntityMention) stored().getAnnotations().get(0)).getLabel());
		assertEquals(6, stored().getRevision(), "two edits, two undos, two redos");
		List<AuditEntry.Action> audit = fixture.real.audit(fixture.documentId, "ann").stream().map(AuditEntry::action)
				.toList();
		assertEquals(List.of(AuditEntry.Action.CREATE, AuditEntry.Action.UPDATE, AuditEntry.Action.UPDATE,
				AuditEntry.Action.DELETE, AuditEntry.Action.CREATE, AuditEntry.Action.UPDATE), audit);
	}

	@Test
	void theSameLabelTwiceRemovesTheEntity() throws Exception {
		int b = at("العراق");
		actions.labelEntity(b, b, "GPE");
		assertNull(actions.labelEntity(b, b, "GPE"));
		assertTrue(stored().getAnnotations().isEmpty());
	}

	@Test
	void aLabelOnAWordInsideAnEntityAddsANestedOneInsteadOfRelabellingTheOuter() {
		EntityMention outer = actions.labelEntity(at("باتريك"), at("رايدر") + 1, "PER");
		EntityMention inner = actions.labelEntity(at("رايدر"), at("رايدر") + 1, "ORG");
		assertEquals("PER", outer.getLabel());
		assertEquals("رايدر", TEXT.substring(inner.getBegin(), inner.getEnd()));
		assertSame(outer, actions.labelEntity(outer.getBegin(), outer.getEnd(), "GPE"));
		assertEquals("GPE", outer.getLabel());
		assertEquals("ORG", inner.getLabel());
		assertTrue(session.holds(outer) && session.holds(inner));
	}

	@Test
	void deletingSeveralAndUndoingPutsThemBackInTheirPlaces() throws Exception {
		EntityMention first = actions.labelEntity(at("باتريك"), at("باتريك"), "PER");
		SourceAttribution second = actions.markSource(at("المتحدث"), at("المتحدث") + 1);
		EntityMention third = actions.labelEntity(at("العراق"), at("العراق"), "GPE");
		EntityMention fourth = actions.labelEntity(at("البنتاغون"), at("البنتاغون"), "ORG");
		actions.delete(List.of(fourth, second, first));
		assertEquals(List.of(third), session.set().getAnnotations());
		assertFalse(session.holds(first));
		session.undo();
		assertEquals(List.of(first, second, third, fourth), session.set().getAnnotations());
		assertEquals(4, stored().getAnnotations().size());
	}

	@Test
	void aSourceIsMarkedRatedLinkedToAClaimAndToTheRegistry() throws Exception {
		int official = at("مسؤول");
		SourceAttribution source = actions.markSource(official, at("هويته") + 1);
		assertEquals(Problem.Code.SOURCE_WITHOUT_RATING, session.problems().get(0).code());
		actions.rate(source, Reliability.C);
		actions.rate(source, Credibility.POSSIBLY_TRUE);
		actions.setKind(source, "anonymous-official");
		actions.linkClaim(source, at("القوات"), at("ستبقى") + 2);
		actions.linkRegistry(source, "مسؤول أمريكي مجهول");
		assertTrue(session.problems().isEmpty(), session.problems().toString());
		SourceAttribution back = (SourceAttribution) stored().getAnnotations().get(0);
		assertEquals(Reliability.C, back.getReliability());
		assertEquals(Credibility.POSSIBLY_TRUE, back.getCredibility());
		assertEquals("القوات ستبقى", TEXT.substring(back.getClaims().get(0).getBegin(), back.getClaims().get(0).getEnd()));
		assertEquals(fixture.real.project("Test").orElseThrow().getSources().get(0).getId(), back.getSourceId());
		session.undo();
		assertNull(((SourceAttribution) stored().getAnnotations().get(0)).getSourceId());
		session.undo();
		assertTrue(((SourceAttribution) stored().getAnnotations().get(0)).getClaims().isEmpty());
	}

	@Test
	void deletingAHolderClearsTheStanceAndUndoBringsBothBack() throws Exception {
		EntityMention per = actions.labelEntity(at("باتريك"), at("رايدر") + 1, "PER");
		assertEquals(List.of(per), actions.holderCandidates());
		Stance stance = actions.documentStance("us-presence-iraq", Polarity.FAVOR, per);
		actions.delete(List.of(per));
		assertNull(stance.getHolder());
		Stance storedStance = (Stance) stored().getAnnotations().get(0);
		assertNull(storedStance.getHolder());
		session.undo();
		assertSame(per, stance.getHolder());
		AnnotationSet back = stored();
		Stance again = back.getAnnotations().stream().filter(Stance.class::isInstance).map(Stance.class::cast)
				.findFirst().orElseThrow();
		assertEquals(per.getId(), again.getHolder().getId());
		assertEquals(Polarity.FAVOR, again.getPolarity());
	}

	@Test
	void boilerplateIsNotAnnotatable() {
		EditRefusedException refused = assertThrows(EditRefusedException.class,
				() -> actions.labelEntity(at("اتصل"), at("بنا") + 1, "ORG"));
		assertTrue(refused.getMessage().contains("boilerplate"), refused.getMessage());
		assertTrue(session.set().getAnnotations().isEmpty());
		assertFalse(session.canUndo());
	}

	@Test
	void marksFindNestedAnnotationsInnermostFirst() {
		SourceAttribution source = actions.markSource(at("المتحدث"), at("رايدر") + 1);
		EntityMention org = actions.labelEntity(at("البنتاغون"), at("البنتاغون"), "ORG");
		Stance quote = actions.spanStance(at("2,500"), at("العراق") + 1, "us-presence-iraq", Polarity.NEUTRAL);
		assertEquals(List.of(org, source), session.annotationsAt(at("البنتاغون") + 2));
		assertEquals(List.of(quote), session.annotationsAt(at("جندي")));
		assertEquals(3, session.marks(0, TEXT.length()).size());
		session.undo();
		assertEquals(List.of(), session.annotationsAt(at("جندي")));
		assertNull(session.selected(), "the undone stance is no longer selected");
	}

	@Test
	void editsTheStoreCouldNotTakeWaitInTheOutboxAndReachItFromTheNextSession() throws Exception {
		Outbox outbox = Outbox.in(folder.resolve("data"));
		AnnotationSession first = AnnotationSession.open(fixture.store,
				fixture.real.document(fixture.documentId).orElseThrow(), "ann", outbox);
		AnnotationActions edits = new AnnotationActions(first);
		fixture.failing.set(true); // the server is out of reach
		EntityMention per = edits.labelEntity(at("باتريك"), at("باتريك"), "PER");
		edits.labelEntity(at("العراق"), at("العراق"), "GPE");
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!first.commitState().retrying() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertTrue(java.nio.file.Files.list(outbox.folder()).anyMatch(f -> f.toString().endsWith(".json")),
				"the edits wait on disk");

		// the workbench closed (or crashed) with the edits unsent; the document is opened again
		AnnotationSession second = AnnotationSession.open(fixture.store,
				fixture.real.document(fixture.documentId).orElseThrow(), "ann", outbox);
		try {
			assertEquals(2, second.set().getAnnotations().size(), "the pending edits are shown again");
			assertEquals(2, second.commitState().pending());
			fixture.failing.set(false); // back online
			deadline = System.nanoTime() + WAIT.toNanos();
			while (!second.commitState().isSaved() && System.nanoTime() < deadline) {
				Thread.sleep(50);
			}
			assertTrue(second.commitState().isSaved(), second.commitState().toString());
			AnnotationSet stored = fixture.real.annotationSet(fixture.documentId, "ann");
			assertEquals(2, stored.getAnnotations().size(), "each edit stored once, though two sessions sent it");
			assertTrue(stored.getAnnotations().stream().anyMatch(a -> a.getId().equals(per.getId())));
			assertEquals(2, fixture.real.audit(fixture.documentId, "ann").size());
			assertTrue(java.nio.file.Files.list(outbox.folder()).noneMatch(f -> f.toString().endsWith(".json")),
					"nothing waits once the store took it");
		} finally {
			second.close();
			first.close();
		}
	}

	@Test
	void anEditStoredButWhoseAnswerWasLostIsSentAgainAndStoredOnceWithoutAConflict() throws Exception {
		fixture.losingAnswers.set(1);
		EntityMention per = actions.labelEntity(at("باتريك"), at("باتريك"), "PER");
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!session.commitState().isSaved() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertTrue(session.commitState().isSaved(), session.commitState().toString());
		assertFalse(session.commitState().conflict(), "the same change, sent again, is no conflict");
		assertEquals(2, fixture.applyCalls.get(), "sent twice");
		AnnotationSet stored = stored();
		assertEquals(List.of(per.getId()), stored.getAnnotations().stream().map(a -> a.getId()).toList());
		assertEquals(1, stored.getRevision(), "applied once");
		assertEquals(1, fixture.real.audit(fixture.documentId, "ann").size());
	}

	@Test
	void aFailedCommitKeepsTheEditQueuedAndRetriesByItselfUntilItIsStored() throws Exception {
		List<CommitState> states = new CopyOnWriteArrayList<>();
		session.addListener(new SessionListener() {
			@Override
			public void commitStateChanged(CommitState state) {
				states.add(state);
			}
		});
		fixture.failing.set(true);
		EntityMention per = actions.labelEntity(at("باتريك"), at("باتريك"), "PER");
		actions.labelEntity(at("العراق"), at("العراق"), "GPE");
		assertFalse(session.flush(Duration.ofSeconds(2)));
		CommitState failed = session.commitState();
		assertEquals(2, failed.pending(), failed.toString());
		assertTrue(failed.problem().contains("connection lost"), failed.problem());
		assertTrue(failed.retrying(), "a lost connection is worth trying again");
		assertEquals(2, session.set().getAnnotations().size(), "the editor keeps both edits");
		assertTrue(fixture.real.annotationSet(fixture.documentId, "ann").getAnnotations().isEmpty());
		fixture.failing.set(false);
		// no retryCommits(): the committer tries again by itself (flush returns at a failure, so poll)
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (!session.commitState().isSaved() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		AnnotationSet stored = stored();
		assertEquals(2, stored.getAnnotations().size());
		assertEquals(per.getId(), stored.getAnnotations().get(0).getId());
		assertTrue(session.commitState().isSaved());
		assertNull(session.commitState().problem());
		assertFalse(session.commitState().retrying());
		assertTrue(states.stream().anyMatch(s -> s.problem() != null));
	}

	@Test
	void anEditTheStoreRefusesWaitsForTheUserInsteadOfBeingSentAgainAndAgain() throws Exception {
		fixture.real.deleteDocuments(fixture.project.getId(), List.of(fixture.documentId), "admin"); // meanwhile
		actions.labelEntity(at("باتريك"), at("باتريك"), "PER");
		assertFalse(session.flush(WAIT));
		CommitState refused = session.commitState();
		assertEquals(1, refused.pending());
		assertFalse(refused.retrying(), refused.toString());
		assertFalse(refused.conflict());
		assertNull(refused.refusal(), "not a question of names");
		assertTrue(refused.problem().contains("No document"), refused.problem());
		int calls = fixture.applyCalls.get();
		Thread.sleep(1_200); // the first automatic retry would come after 500 ms
		assertEquals(calls, fixture.applyCalls.get(), "not sent again by itself");
		session.retryCommits();
		assertFalse(session.flush(WAIT));
		assertEquals(calls + 1, fixture.applyCalls.get(), "sent again when the user asks");
		assertEquals(1, session.commitState().pending(), "and still kept");
	}

	@Test
	void anEditWithALabelRenamedMeanwhileWaitsUntilRelabelledAndIsThenStored() throws Exception {
		EntityMention before = actions.labelEntity(at("العراق"), at("العراق"), "GPE");
		stored();
		// an administrator renames GPE while the document is open (the annotator was offline, say)
		fixture.real.changeSchema(fixture.project.getId(),
				org.sanad.store.SchemaChange.rename(org.sanad.model.schema.Layers.ENTITY, "GPE", "PLACE"), "admin");
		session.keepMine(); // the rename changed the set: a conflict first, whatever was sent
		EntityMention added = actions.labelEntity(at("البنتاغون"), at("البنتاغون"), "ORG");
		EntityMention stale = actions.labelEntity(at("المتحدث"), at("المتحدث"), "GPE"); // the palette still had it
		assertFalse(session.flush(WAIT));
		CommitState state = session.commitState();
		if (state.conflict()) {
			session.keepMine();
			assertFalse(session.flush(WAIT));
			state = session.commitState();
		}
		assertEquals(new Refusal("label", "GPE", List.of(stale.getId())), state.refusal(), state.toString());
		assertTrue(state.problem().contains("'GPE' is not in the project's schema"), state.problem());
		assertFalse(state.retrying());
		assertEquals(1, state.pending(), "the ORG edit went through; the GPE one waits");

		assertThrows(IllegalArgumentException.class, () -> session.relabelPending("label", "GPE", "NOPE"));
		session.relabelPending("label", "GPE", "PLACE");
		assertEquals("PLACE", stale.getLabel(), "the editor shows the new name");
		assertEquals("PLACE", before.getLabel(), "also on what the store renamed itself");
		assertTrue(session.namesOf("label").contains("PLACE"), "the session knows the schema now");
		AnnotationSet stored = stored();
		assertEquals(List.of("PLACE", "ORG", "PLACE"),
				stored.getAnnotations().stream().map(a -> ((EntityMention) a).getLabel()).toList());
		assertEquals(added.getId(), stored.getAnnotations().get(1).getId());
	}

	@Test
	void aRefusedEditIsDroppedOnlyWhenAskedAndLaterEditsAreStoredOnTopOfTheStore() throws Exception {
		Outbox outbox = Outbox.in(folder.resolve("data"));
		session.close();
		session = AnnotationSession.open(fixture.store, fixture.real.document(fixture.documentId).orElseThrow(),
				"ann", outbox);
		actions = new AnnotationActions(session);
		fixture.real.changeSchema(fixture.project.getId(),
				org.sanad.store.SchemaChange.remove(org.sanad.model.schema.Layers.ENTITY, "ORG", true), "admin");
		actions.labelEntity(at("البنتاغون"), at("البنتاغون"), "ORG");
		EntityMention per = actions.labelEntity(at("باتريك"), at("رايدر") + "رايدر".length(), "PER");
		assertFalse(session.flush(WAIT));
		assertEquals(2, session.commitState().pending());
		assertEquals("ORG", session.commitState().refusal().name());
		assertTrue(java.nio.file.Files.list(outbox.folder()).anyMatch(f -> f.toString().endsWith(".json")),
				"both wait on disk while the annotator decides");

		List<Delta> seen = new CopyOnWriteArrayList<>();
		session.addListener(new SessionListener() {
			@Override
			public void annotationsChanged(Delta delta) {
				seen.add(delta);
			}
		});
		session.dropRefused();
		assertEquals(1, seen.size(), "the editor hears that the set was replaced");
		assertEquals(List.of(per.getId()), session.set().getAnnotations().stream().map(Annotation::getId).toList(),
				"the dropped ORG is gone from the editor; the later PER is still there");
		assertFalse(session.canUndo(), "the undo history held the dropped edit");
		assertEquals(per.getId(), session.annotationsAt(at("رايدر")).get(0).getId(), "marks follow the new set");
		AnnotationSet stored = stored();
		assertEquals(List.of(per.getId()), stored.getAnnotations().stream().map(Annotation::getId).toList());
		assertEquals(1, fixture.real.audit(fixture.documentId, "ann").size(), "the ORG edit never reached the store");
		assertTrue(java.nio.file.Files.list(outbox.folder()).noneMatch(f -> f.toString().endsWith(".json")));
		assertThrows(IllegalStateException.class, session::dropRefused, "nothing is dropped unless refused");
	}

	@Test
	void afterAConflictDiscardingMineShowsTheOtherWritersSet() throws Exception {
		actions.labelEntity(at("باتريك"), at("باتريك"), "PER");
		stored();
		String theirs;
		try (AnnotationSession other = fixture.open("ann")) {
			theirs = new AnnotationActions(other).labelEntity(at("العراق"), at("العراق"), "GPE").getId();
			assertTrue(other.flush(WAIT));
		}
		actions.labelEntity(at("البنتاغون"), at("البنتاغون"), "ORG");
		assertFalse(session.flush(WAIT));
		assertTrue(session.commitState().conflict());
		session.discardPending();
		assertTrue(session.commitState().isSaved(), session.commitState().toString());
		assertEquals(List.of("PER", "GPE"),
				session.set().getAnnotations().stream().map(a -> ((EntityMention) a).getLabel()).toList());
		assertTrue(session.set().getAnnotations().stream().anyMatch(a -> a.getId().equals(theirs)));
		actions.labelEntity(at("المتحدث"), at("المتحدث"), "PER");
		assertEquals(3, stored().getAnnotations().size(), "editing goes on from the store's revision");
	}

	@Test
	void aConcurrentWriterCausesAConflictThatKeepMineResolves() throws Exception {
		actions.labelEntity(at("باتريك"), at("باتريك"), "PER");
		stored();
		try (AnnotationSession other = fixture.open("ann")) {
			new AnnotationActions(other).labelEntity(at("العراق"), at("العراق"), "GPE");
			assertTrue(other.flush(WAIT));
		}
		actions.labelEntity(at("البنتاغون"), at("البنتاغون"), "ORG");
		assertFalse(session.flush(WAIT));
		CommitState state = session.commitState();
		assertTrue(state.conflict(), state.toString());
		assertTrue(state.problem().contains("ann"), state.problem());
		assertEquals(1, state.pending());
		session.keepMine();
		AnnotationSet stored = stored();
		assertEquals(List.of("PER", "GPE", "ORG"),
				stored.getAnnotations().stream().map(a -> ((EntityMention) a).getLabel()).toList());
	}

	@Test
	void changesMadeElsewhereReachTheOpenSessionAndEditingGoesOnWithoutAConflict() throws Exception {
		EntityMention mine = actions.labelEntity(at("باتريك"), at("باتريك"), "PER");
		stored();
		assertTrue(session.pollStore().isEmpty(), "nothing new");
		String theirs;
		try (AnnotationSession other = fixture.open("ann")) { // another window of the same annotator
			AnnotationActions elsewhere = new AnnotationActions(other);
			theirs = elsewhere.labelEntity(at("العراق"), at("العراق"), "GPE").getId();
			EntityMention changed = (EntityMention) other.annotation(mine.getId()).orElseThrow();
			elsewhere.labelEntity(changed.getBegin(), changed.getEnd(), "ORG"); // relabels it
			assertTrue(other.flush(WAIT));
		}
		List<Delta> heard = new CopyOnWriteArrayList<>();
		session.addListener(new SessionListener() {
			@Override
			public void annotationsChanged(Delta delta) {
				heard.add(delta);
			}
		});
		var changes = session.pollStore().orElseThrow();
		assertTrue(session.takeStoreChanges(changes));
		assertEquals(1, heard.size());
		assertEquals(List.of("ORG", "GPE"),
				session.set().getAnnotations().stream().map(a -> ((EntityMention) a).getLabel()).toList());
		assertEquals(theirs, session.annotationsAt(at("العراق")).get(0).getId(), "their annotation has its marks");
		assertEquals(1, session.annotationsAt(at("باتريك")).size(), "the relabelled one is marked once");
		assertFalse(session.takeStoreChanges(changes), "taken once");
		actions.labelEntity(at("البنتاغون"), at("البنتاغون"), "ORG");
		AnnotationSet stored = stored();
		assertFalse(session.commitState().conflict(), "the session edits on top of what it took");
		assertEquals(3, stored.getAnnotations().size());
	}

	@Test
	void changesMadeElsewhereWaitWhileTheSessionsOwnEditsAreOnTheirWay() throws Exception {
		try (AnnotationSession other = fixture.open("ann")) {
			new AnnotationActions(other).labelEntity(at("العراق"), at("العراق"), "GPE");
			assertTrue(other.flush(WAIT));
		}
		fixture.failing.set(true); // the store is out of reach: this session's edit waits
		actions.labelEntity(at("باتريك"), at("باتريك"), "PER");
		assertTrue(session.pollStore().isEmpty(), "own edits first; the store says conflict when they arrive");
	}

	@Test
	void statusChangesAreStoredInOrderWithEdits() throws Exception {
		actions.labelEntity(at("العراق"), at("العراق"), "GPE");
		session.setStatus(SetStatus.FINISHED);
		assertEquals(SetStatus.FINISHED, stored().getStatus());
		session.setStatus(SetStatus.IN_PROGRESS);
		assertEquals(SetStatus.IN_PROGRESS, stored().getStatus());
	}

	@Test
	void reopeningShowsWhatWasStored() throws Exception {
		Annotation per = actions.labelEntity(at("باتريك"), at("رايدر"), "PER");
		stored();
		session.close();
		session = fixture.open("ann");
		assertEquals(per.getId(), session.set().getAnnotations().get(0).getId());
		assertEquals(per.getId(), session.annotationsAt(at("باتريك") + 1).get(0).getId());
		assertTrue(session.annotationsAt(at("رايدر")).isEmpty(), "the label ended before the second name");
		try (AnnotationSession bob = fixture.open("bob")) {
			assertTrue(bob.set().getAnnotations().isEmpty(), "another annotator sees nothing of it");
		}
	}
}
