package org.sanad.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.model.Annotation;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Project;
import org.sanad.model.Reliability;
import org.sanad.model.SanadFactory;
import org.sanad.model.Source;
import org.sanad.model.SourceAttribution;
import org.sanad.model.ids.TimeOrderedIds;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.AnnotationChange;
import org.sanad.store.CorpusStore;
import org.sanad.store.CurationDecision;
import org.sanad.store.ProjectLogEntry;
import org.sanad.store.SourceMention;
import org.sanad.store.StoreException;
import org.sanad.store.StoreStatistics;

/** Deleting documents and projects, backup and restore, the source registry: on a real H2 store. */
@ParameterizedClass
@EnumSource(Database.class)
class ProjectAdministrationTest {

	@Parameter
	Database database;

	private static final SanadFactory F = SanadFactory.eINSTANCE;

	@TempDir
	Path data;

	@TempDir
	Path elsewhere;

	private CorpusStore store;
	private Project project;
	private Document first;
	private Document second;

	@BeforeEach
	void open() {
		store = database.open(data);
		project = store.createProject("Admin", null, DefaultSchema.create());
		first = document("قال مصدر عسكري إن القوات انسحبت.");
		second = document("وقالت وزارة الدفاع في واشنطن.");
		annotate(first, "ann", entity(4, 14, "ORG"));
		annotate(first, null, entity(4, 14, "ORG"));
		annotate(second, "bob", entity(6, 19, "ORG"));
	}

	@AfterEach
	void close() {
		if (store != null) { // null: skipped for want of a PostgreSQL server
			store.close();
		}
	}

	private Document document(String text) {
		Document d = F.createDocument();
		d.setTitle(text.substring(0, 8));
		d.setText(text);
		store.addDocuments(project.getId(), List.of(d));
		return d;
	}

	private static EntityMention entity(int begin, int end, String label) {
		EntityMention m = F.createEntityMention();
		m.setId(TimeOrderedIds.next());
		m.setBegin(begin);
		m.setEnd(end);
		m.setLabel(label);
		return m;
	}

	private static SourceAttribution mention(int begin, int end, Source source, Reliability reliability) {
		SourceAttribution s = F.createSourceAttribution();
		s.setId(TimeOrderedIds.next());
		s.setBegin(begin);
		s.setEnd(end);
		s.setKind("anonymous-official");
		s.setSourceId(source.getId());
		s.setReliability(reliability);
		return s;
	}

	private void annotate(Document d, String owner, Annotation... annotations) {
		long base = store.annotationSet(d.getId(), owner).getRevision();
		store.apply(new AnnotationChange(d.getId(), owner, owner == null ? "curator" : owner, base,
				List.of(annotations), List.of(), List.of(), null));
	}

	@Test
	void deletingADocumentTakesItsSetsAuditAndDecisionsAndLogsIt() {
		store.curate(new AnnotationChange(first.getId(), null, "curator",
				store.annotationSet(first.getId(), null).getRevision(), List.of(entity(20, 26, "ORG")), List.of(),
				List.of(), null), List.of(new CurationDecision("20-26", CurationDecision.Action.ACCEPT, "ann", null,
						"curator", Instant.now())));
		StoreStatistics before = store.statistics();

		store.deleteDocuments(project.getId(), List.of(first.getId()), "admin");

		assertEquals(1, store.documentCount(project.getId()));
		assertTrue(store.document(first.getId()).isEmpty());
		assertTrue(store.audit(first.getId(), "ann").isEmpty());
		assertTrue(store.curationDecisions(first.getId()).isEmpty());
		StoreStatistics after = store.statistics();
		assertEquals(before.annotationSets() - 2, after.annotationSets());
		assertEquals(1, store.annotationSet(second.getId(), "bob").getAnnotations().size(), "the other stays");
		List<ProjectLogEntry> log = store.projectLog(project.getId(), Instant.EPOCH);
		assertEquals(1, log.size());
		assertEquals(ProjectLogEntry.DELETE_DOCUMENT, log.getFirst().action());
		assertEquals(first.getId(), log.getFirst().subject());
		assertEquals("admin", log.getFirst().actor());
		assertTrue(log.getFirst().detail().contains(first.getTitle()), log.getFirst().detail());

		Document again = F.createDocument();
		again.setText(first.getText());
		assertTrue(store.addNewDocuments(project.getId(), List.of(again)).isEmpty(),
				"a deleted text can be imported again");
	}

	@Test
	void aDeletionNamingAForeignDocumentDeletesNothing() {
		Project other = store.createProject("Other", null, DefaultSchema.create());
		StoreException refused = assertThrows(StoreException.class,
				() -> store.deleteDocuments(other.getId(), List.of(first.getId()), "admin"));
		assertTrue(refused.getMessage().contains(first.getId()), refused.getMessage());
		StoreException mixed = assertThrows(StoreException.class,
				() -> store.deleteDocuments(project.getId(), List.of(second.getId(), "no-such-id"), "admin"));
		assertTrue(mixed.getMessage().contains("no-such-id"), mixed.getMessage());
		assertEquals(2, store.documentCount(project.getId()));
		assertTrue(store.projectLog(project.getId(), Instant.EPOCH).isEmpty());
	}

	@Test
	void deletingAProjectTakesEverythingInItAndKeepsItsLog() {
		Project other = store.createProject("Other", null, DefaultSchema.create());
		Document kept = F.createDocument();
		kept.setText("نص آخر");
		store.addDocuments(other.getId(), List.of(kept));
		store.registerSource(project.getId(), "وزارة الدفاع", "named-official");

		store.deleteProject(project.getId(), "admin");

		assertTrue(store.project(project.getId()).isEmpty());
		assertTrue(store.project("Admin").isEmpty());
		assertEquals(1, store.statistics().documents());
		assertEquals(0, store.statistics().annotationSets());
		assertEquals(1, store.documentCount(other.getId()));
		List<ProjectLogEntry> log = store.projectLog(project.getId(), Instant.EPOCH);
		assertEquals(ProjectLogEntry.DELETE_PROJECT, log.getLast().action());
		assertTrue(log.getLast().detail().contains("2 documents"), log.getLast().detail());
		store.createProject("Admin", null, DefaultSchema.create()); // the name is free again
	}

	@Test
	void aBackupTakenWhileOpenRestoresWithTheSameCounts() throws Exception {
		Path backup = elsewhere.resolve("sanad-backup.zip");
		if (database == Database.POSTGRESQL) {
			StoreException refused = assertThrows(StoreException.class, () -> store.backup(backup));
			assertTrue(refused.getMessage().contains("pg_dump"), refused.getMessage());
			assertFalse(Files.exists(backup));
			return;
		}
		store.backup(backup);
		StoreStatistics atBackup = store.statistics();
		assertThrows(StoreException.class, () -> store.backup(backup), "a backup does not overwrite");
		StoreException inUse = assertThrows(StoreException.class, () -> new H2StoreProvider().restore(data, backup));
		assertTrue(inUse.getMessage().contains("in use"), inUse.getMessage());

		store.deleteDocuments(project.getId(), List.of(first.getId()), "admin");
		store.createProject("After", null, DefaultSchema.create());
		store.close();

		Path kept = new H2StoreProvider().restore(data, backup);
		assertNotNull(kept);
		assertTrue(Files.exists(kept.resolve("sanad.mv.db")), "the replaced store is kept beside it");
		store = database.open(data);
		StoreStatistics restored = store.statistics();
		assertEquals(atBackup, restored);
		assertEquals(List.of("Admin"), store.projects().stream().map(Project::getName).toList());
		assertEquals(1, store.annotationSet(first.getId(), "ann").getAnnotations().size());
	}

	@Test
	void aFileThatIsNoBackupLeavesTheStoreAlone() throws Exception {
		org.junit.jupiter.api.Assumptions.assumeTrue(database == Database.H2,
				"restoring a backup file is H2's; PostgreSQL restores on its server");
		store.close();
		Path notZip = elsewhere.resolve("notes.zip");
		Files.writeString(notZip, "not a zip");
		StoreException refused = assertThrows(StoreException.class, () -> new H2StoreProvider().restore(data, notZip));
		assertTrue(refused.getMessage().contains("notes.zip") && refused.getMessage().contains("not a Sanad backup"),
				refused.getMessage());
		Path otherZip = elsewhere.resolve("other.zip");
		try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(otherZip))) {
			zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
			zip.write("hello".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		assertThrows(StoreException.class, () -> new H2StoreProvider().restore(data, otherZip));
		Path slip = elsewhere.resolve("slip.zip");
		try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(slip))) {
			zip.putNextEntry(new java.util.zip.ZipEntry("sanad.mv.db"));
			zip.write(new byte[16]);
			zip.putNextEntry(new java.util.zip.ZipEntry("sanad.x/../../escaped.txt"));
			zip.write("out of the folder".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		StoreException path = assertThrows(StoreException.class, () -> new H2StoreProvider().restore(data, slip));
		assertTrue(path.getMessage().contains("entry with a path"), path.getMessage());
		assertFalse(Files.exists(data.getParent().resolve("escaped.txt")));
		store = database.open(data);
		assertEquals(2, store.documentCount(project.getId()));
		try (var files = Files.list(data)) {
			assertEquals(List.of("store"), files.map(p -> p.getFileName().toString()).toList());
		}
	}

	@Test
	void sourcesListTheirMentionsAndRatingsAndMergeWithTheirMentions() {
		Source ministry = store.registerSource(project.getId(), "وزارة الدفاع", "named-official");
		Source pentagon = store.registerSource(project.getId(), "البنتاغون", "named-official");
		Source military = store.registerSource(project.getId(), "مصدر عسكري", "anonymous-official");
		annotate(first, "ann", mention(4, 14, military, Reliability.C));
		annotate(first, "bob", mention(4, 14, military, Reliability.D));
		annotate(second, "bob", mention(6, 19, ministry, Reliability.B));
		annotate(second, null, mention(6, 19, pentagon, Reliability.A));

		List<SourceMention> mentions = store.sourceMentions(project.getId());
		assertEquals(4, mentions.size());
		assertEquals(List.of("C", "D"), mentions.stream().filter(m -> m.sourceId().equals(military.getId()))
				.map(SourceMention::reliability).toList(), "a source's rating history, one per set");
		SourceMention gold = mentions.stream().filter(m -> m.owner() == null).findFirst().orElseThrow();
		assertEquals(second.getId(), gold.documentId());
		assertEquals("-", gold.credibility());

		StoreException clash = assertThrows(StoreException.class,
				() -> store.renameSource(project.getId(), pentagon.getId(), " وزارة الدفاع ", "admin"));
		assertTrue(clash.getMessage().contains("exists already"), clash.getMessage());
		store.renameSource(project.getId(), pentagon.getId(), "وزارة الدفاع الأمريكية", "admin");
		store.setSourceAliases(project.getId(), ministry.getId(), List.of("الوزارة", " ", "الوزارة"), "admin");
		long revision = store.annotationSet(second.getId(), null).getRevision();

		int moved = store.mergeSources(project.getId(), ministry.getId(), pentagon.getId(), "admin");

		assertEquals(1, moved);
		Map<String, Source> registry = store.project(project.getId()).orElseThrow().getSources().stream()
				.collect(java.util.stream.Collectors.toMap(Source::getId, s -> s));
		assertFalse(registry.containsKey(ministry.getId()));
		assertEquals(List.of("الوزارة", "وزارة الدفاع"), registry.get(pentagon.getId()).getAliases().stream().sorted()
				.toList());
		assertEquals(2, store.sourceMentions(project.getId()).stream()
				.filter(m -> m.sourceId().equals(pentagon.getId())).count());
		assertEquals(revision, store.annotationSet(second.getId(), null).getRevision(), "gold held no mention of it");
		assertEquals(pentagon.getId(), ((SourceAttribution) store.annotationSet(second.getId(), "bob").getAnnotations()
				.stream().filter(SourceAttribution.class::isInstance).findFirst().orElseThrow()).getSourceId());
		assertEquals(3, store.projectLog(project.getId(), Instant.EPOCH).stream()
				.filter(e -> e.action().equals(ProjectLogEntry.SOURCE)).count());
	}
}
