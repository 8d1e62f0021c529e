package org.sanad.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.model.Role;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.server.ServerOptions;
import org.sanad.store.AccessDeniedException;
import org.sanad.store.AuditEntry;
import org.sanad.store.CorpusStore;
import org.sanad.store.SchemaChange;
import org.sanad.store.SetChange;
import org.sanad.store.WorkStatus;

/** Each role against a real server over HTTPS: what it may read and write, and what it may not. */
class RoleEnforcementTest {

	@TempDir
	static Path folder;

	static Team team;
	static CorpusStore amal;
	static CorpusStore badr;
	static CorpusStore carla;
	static CorpusStore dina;

	@BeforeAll
	static void start() {
		team = new Team(folder, ServerOptions.defaults().withHost("127.0.0.1").withPort(0));
		amal = team.as("amal");
		badr = team.as("badr");
		carla = team.as("carla");
		dina = team.as("dina");
	}

	@AfterAll
	static void stop() {
		for (CorpusStore client : List.of(amal, badr, carla, dina)) {
			client.close();
		}
		team.close();
	}

	@Test
	void anAnnotatorWritesTheirOwnSetAndTheAuditNamesThemWhateverTheRequestSaid() {
		int before = amal.annotationSet(team.first, "amal").getAnnotations().size();
		long revision = Team.annotate(amal, team.first, "amal", "badr", "رايدر");

		assertTrue(revision > 0);
		assertEquals(before + 1, amal.annotationSet(team.first, "amal").getAnnotations().size());
		List<AuditEntry> audit = team.local.audit(team.first, "amal");
		assertEquals("amal", audit.get(audit.size() - 1).actor());
		assertEquals(WorkStatus.IN_PROGRESS, team.local.assignment(team.first, "amal").orElseThrow().status());
	}

	@Test
	void anEditNamingALabelRenamedMeanwhileIsRefusedOverHttpWithTheNameAndNothingIsStored() {
		team.local.changeSchema(team.project.getId(),
				org.sanad.store.SchemaChange.rename(org.sanad.model.schema.Layers.ENTITY, "GPE", "PLACE"), "admin");
		org.sanad.model.AnnotationSet set = amal.annotationSet(team.first, "amal");
		var stale = Team.entity("عين الأسد", "GPE");
		var fine = Team.entity("البنتاغون", "ORG");
		var refused = assertThrows(org.sanad.store.UnknownNameException.class,
				() -> amal.apply(new org.sanad.store.AnnotationChange(team.first, "amal", "amal", set.getRevision(),
						List.of(fine, stale), List.of(), List.of(), null)));
		assertEquals(List.of("label", "GPE", List.of(stale.getId())),
				List.of(refused.field(), refused.name(), refused.annotationIds()));
		assertTrue(refused.getMessage().contains("'GPE' is not in the project's schema"), refused.getMessage());
		assertEquals(set.getRevision(), team.local.annotationSet(team.first, "amal").getRevision(),
				"nothing of the change was stored, not even its ORG");
		stale.setLabel("PLACE");
		amal.apply(new org.sanad.store.AnnotationChange(team.first, "amal", "amal", set.getRevision(),
				List.of(fine, stale), List.of(), List.of(), null));
		assertEquals(set.getAnnotations().size() + 2, team.local.annotationSet(team.first, "amal").getAnnotations().size());
	}

	@Test
	void anAnnotatorCannotReadOrWriteAnotherAnnotatorsSet() {
		Team.annotate(badr, team.first, "badr", "badr", "البنتاغون");

		assertThrows(AccessDeniedException.class, () -> amal.annotationSet(team.first, "badr"));
		assertThrows(AccessDeniedException.class, () -> amal.audit(team.first, "badr"));
		assertThrows(AccessDeniedException.class, () -> amal.changesSince(team.first, "badr", 0));
		assertThrows(AccessDeniedException.class, () -> amal.setSummaries("badr", List.of(team.first)));
		assertThrows(AccessDeniedException.class, () -> amal.annotationSets(List.of(team.first), "badr"));
		assertThrows(AccessDeniedException.class, () -> Team.annotate(amal, team.first, "badr", "amal", "رايدر"));
	}

	@Test
	void aRefusalSaysTheSameWhetherTheSetOrDocumentExistsOrNot() {
		Team.annotate(badr, team.first, "badr", "badr", "القوات");

		String existing = assertThrows(AccessDeniedException.class, () -> amal.annotationSet(team.first, "badr"))
				.getMessage();
		String noSuchOwner = assertThrows(AccessDeniedException.class,
				() -> amal.annotationSet(team.first, "nobody")).getMessage();
		String noSuchDocument = assertThrows(AccessDeniedException.class,
				() -> amal.annotationSet("no-such-document", "amal")).getMessage();
		String notAssigned = assertThrows(AccessDeniedException.class, () -> amal.document(team.second)).getMessage();

		assertEquals(List.of(AccessDeniedException.MESSAGE), List.of(existing, noSuchOwner, noSuchDocument, notAssigned)
				.stream().distinct().toList());
	}

	@Test
	void anAnnotatorSeesOnlyTheDocumentsAssignedToThem() {
		assertEquals(List.of(team.first), amal.documentIds(team.project.getId()));
		assertEquals(1, amal.documentCount(team.project.getId()));
		assertEquals(List.of(team.first), amal.documents(team.project.getId(), 0, 10).stream().map(d -> d.getId())
				.toList());
		assertFalse(amal.documents(team.project.getId(), 0, 10).get(0).isSetText(), "listings carry no text");
		assertEquals(Team.TEXT, amal.document(team.first).orElseThrow().getText());
		assertThrows(AccessDeniedException.class, () -> amal.document(team.third));
		assertThrows(AccessDeniedException.class, () -> amal.texts(List.of(team.first, team.second)));
		assertEquals(3, carla.documentCount(team.project.getId()));
		// the explorer's Assigned column: her own status to an annotator, everyone's to a curator
		assertEquals(java.util.Set.of("amal"), amal.assignments(team.project.getId()).stream().map(a -> a.user())
				.collect(java.util.stream.Collectors.toSet()));
		assertTrue(carla.assignments(team.project.getId()).stream().map(a -> a.user() + "|" + a.documentId()).toList()
				.containsAll(List.of("amal|" + team.first, "badr|" + team.first, "badr|" + team.second)));
	}

	@Test
	void theGoldSetReachesAnAnnotatorOnlyOnceCurated() {
		String document = team.second; // badr's
		Team.annotate(carla, document, null, "carla", "البنتاغون"); // curation under way
		assertThrows(AccessDeniedException.class, () -> badr.annotationSet(document, null));
		assertEquals(0, badr.setSummaries(null, List.of(document)).get(document).annotations(),
				"the explorer's gold column shows nothing of curation under way");
		assertEquals(1, carla.setSummaries(null, List.of(document)).get(document).annotations());
		assertThrows(AccessDeniedException.class, () -> badr.setSummaries(null, List.of(team.third)));
		assertTrue(setsOf(badr).stream().noneMatch(c -> c.owner() == null && c.documentId().equals(document)));

		team.curateGold(document);

		assertEquals(2, badr.annotationSet(document, null).getAnnotations().size());
		assertEquals(2, badr.setSummaries(null, List.of(document)).get(document).annotations());
		assertTrue(setsOf(badr).stream().anyMatch(c -> c.owner() == null && c.documentId().equals(document)));
		assertThrows(AccessDeniedException.class, () -> Team.annotate(badr, document, null, "badr", "رايدر"),
				"reading gold is not writing it");
	}

	@Test
	void theChangeFeedOfAnAnnotatorHoldsOnlyTheirOwnSets() {
		Team.annotate(badr, team.first, "badr", "badr", "عين الأسد");
		Team.annotate(amal, team.first, "amal", "amal", "عين الأسد");

		Set<String> owners = setsOf(amal).stream().map(c -> String.valueOf(c.owner())).collect(Collectors.toSet());
		assertTrue(owners.contains("amal"));
		assertFalse(owners.contains("badr"));
		assertTrue(setsOf(carla).stream().anyMatch(c -> "badr".equals(c.owner())));
		assertEquals(List.of("amal"), amal.annotators(team.project.getId()));
	}

	private static List<SetChange> setsOf(CorpusStore client) {
		return client.setsModifiedSince(team.project.getId(), Instant.EPOCH);
	}

	@Test
	void aCuratorReadsEverySetWritesGoldButNotAnAnnotatorsSet() {
		Team.annotate(amal, team.first, "amal", "amal", "باقية");

		assertFalse(carla.annotationSet(team.first, "amal").getAnnotations().isEmpty());
		assertTrue(Team.annotate(carla, team.first, null, "carla", "رايدر") > 0);
		assertThrows(AccessDeniedException.class, () -> Team.annotate(carla, team.first, "amal", "carla", "رايدر"));
		assertThrows(AccessDeniedException.class,
				() -> carla.changeSchema(team.project.getId(), SchemaChange.add("entity", "EVENT", null, null), "carla"),
				"the schema is the project administrator's");
	}

	@Test
	void anAnnotatorCannotManageTheProjectOrTheAccounts() {
		String project = team.project.getId();
		assertThrows(AccessDeniedException.class,
				() -> amal.changeSchema(project, SchemaChange.add("entity", "EVENT", null, null), "amal"));
		assertThrows(AccessDeniedException.class, () -> amal.deleteDocuments(project, List.of(team.first), "amal"));
		assertThrows(AccessDeniedException.class, () -> amal.assign(project, List.of(team.third), "amal", "amal"));
		assertThrows(AccessDeniedException.class, () -> amal.setMember(project, "amal", Role.CURATOR, "amal"));
		assertThrows(AccessDeniedException.class, () -> amal.createProject("mine", "", DefaultSchema.create()));
		assertThrows(AccessDeniedException.class, () -> amal.accounts().list());
		assertThrows(AccessDeniedException.class, () -> amal.accounts().setPassword("badr", Team.password("amal")));
		assertThrows(AccessDeniedException.class, () -> amal.labelUsage(project, "entity"));
		assertThrows(AccessDeniedException.class, () -> amal.statistics());
		assertTrue(team.local.documentCount(project) == 3, "nothing was deleted");
	}

	@Test
	void anAccountWithoutARoleSeesNoProject() {
		assertTrue(dina.projects().isEmpty());
		assertTrue(dina.project("team").isEmpty());
		assertThrows(AccessDeniedException.class, () -> dina.documentCount(team.project.getId()));
		assertThrows(AccessDeniedException.class, () -> dina.annotationSet(team.first, "dina"));
	}

	@Test
	void aFinishedOrLockedDocumentCanNoLongerBeChangedByItsAnnotator() {
		Team.annotate(badr, team.second, "badr", "badr", "القوات");
		badr.setWorkStatus(team.second, "badr", WorkStatus.FINISHED, "badr");
		assertThrows(AccessDeniedException.class, () -> Team.annotate(badr, team.second, "badr", "badr", "رايدر"));

		badr.setWorkStatus(team.second, "badr", WorkStatus.IN_PROGRESS, "badr"); // reopened
		assertTrue(Team.annotate(badr, team.second, "badr", "badr", "رايدر") > 0);

		// the explorer's Mark finished and Reopen change the set's status; the assignment follows
		long revision = badr.annotationSet(team.second, "badr").getRevision();
		revision = badr.apply(new org.sanad.store.AnnotationChange(team.second, "badr", "badr", revision, List.of(),
				List.of(), List.of(), org.sanad.model.SetStatus.FINISHED));
		assertEquals(WorkStatus.FINISHED, team.local.assignment(team.second, "badr").orElseThrow().status());
		badr.apply(new org.sanad.store.AnnotationChange(team.second, "badr", "badr", revision, List.of(), List.of(),
				List.of(), org.sanad.model.SetStatus.IN_PROGRESS));
		assertEquals(WorkStatus.IN_PROGRESS, team.local.assignment(team.second, "badr").orElseThrow().status());

		carla.setWorkStatus(team.second, "badr", WorkStatus.LOCKED, "carla");
		assertThrows(AccessDeniedException.class,
				() -> badr.setWorkStatus(team.second, "badr", WorkStatus.IN_PROGRESS, "badr"));
		assertThrows(AccessDeniedException.class, () -> Team.annotate(badr, team.second, "badr", "badr", "باقية"));
		assertEquals("carla", team.local.assignment(team.second, "badr").orElseThrow().changedBy());
	}

	@Test
	void anAdministratorManagesMembersAndAccountsThroughTheServer() {
		CorpusStore admin = team.as("admin");
		try {
			admin.accounts().add("emad", "Emad", false);
			admin.accounts().setPassword("emad", "emad-password".toCharArray());
			admin.setMember(team.project.getId(), "emad", Role.ANNOTATOR, "whoever");
			admin.assign(team.project.getId(), List.of(team.third), "emad", "whoever");

			CorpusStore emad = team.as("emad");
			assertEquals(List.of(team.third), emad.documentIds(team.project.getId()));
			assertEquals("admin", team.local.assignment(team.third, "emad").orElseThrow().changedBy());
			emad.close();
		} finally {
			admin.close();
		}
	}
}
