package org.sanad.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Project;
import org.sanad.model.SanadFactory;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.ids.TimeOrderedIds;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.model.schema.Layers;
import org.sanad.model.schema.SchemaEdits;
import org.sanad.store.AnnotationChange;
import org.sanad.store.AuditEntry;
import org.sanad.store.CorpusStore;
import org.sanad.store.SchemaChange;
import org.sanad.store.SchemaChangeReport;

/** Schema changes that existing annotations follow, on a real H2 store. */
@ParameterizedClass
@EnumSource(Database.class)
class SchemaChangeTest {

	@Parameter
	Database database;

	private static final SanadFactory F = SanadFactory.eINSTANCE;

	@TempDir
	Path data;

	private CorpusStore store;
	private Project project;
	private Document first;
	private Document second;

	@BeforeEach
	void open() {
		store = database.open(data);
		project = store.createProject("S", null, DefaultSchema.create());
		first = document("قال باتريك رايدر في بغداد.");
		second = document("وقالت وزارة الدفاع في واشنطن.");
		EntityMention ryder = entity(4, 16, "PER");
		annotate(first, "ann", ryder, entity(20, 25, "GPE"), stance("us-presence-iraq", ryder));
		annotate(first, null, entity(4, 16, "PER"), entity(20, 25, "LOC"));
		annotate(second, "bob", entity(6, 19, "ORG"), entity(23, 29, "GPE"), source(6, 19, "named-official"));
	}

	@AfterEach
	void close() {
		if (store != null) { // null: skipped for want of a PostgreSQL server
			store.close();
		}
	}

	private Document document(String text) {
		Document d = F.createDocument();
		d.setTitle(text);
		d.setOrigin(text);
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

	private static Stance stance(String target, EntityMention holder) {
		Stance s = F.createStance();
		s.setId(TimeOrderedIds.next());
		s.setTarget(target);
		s.setPolarity(Polarity.FAVOR);
		s.setHolder(holder);
		return s;
	}

	private static SourceAttribution source(int begin, int end, String kind) {
		SourceAttribution s = F.createSourceAttribution();
		s.setId(TimeOrderedIds.next());
		s.setBegin(begin);
		s.setEnd(end);
		s.setKind(kind);
		return s;
	}

	private void annotate(Document d, String owner, Annotation... annotations) {
		store.apply(new AnnotationChange(d.getId(), owner, owner == null ? "curator" : owner, 0, List.of(annotations),
				List.of(), List.of(), null));
	}

	private List<String> labels(Document d, String owner) {
		return store.annotationSet(d.getId(), owner).getAnnotations().stream().filter(EntityMention.class::isInstance)
				.map(a -> ((EntityMention) a).getLabel()).sorted().toList();
	}

	private int version() {
		return store.project(project.getId()).orElseThrow().getSchema().getVersion();
	}

	@Test
	void aRenameCarriesOverToEverySetWithAnAuditEntryAndANewVersion() {
		int before = version();
		long revision = store.annotationSet(second.getId(), "bob").getRevision();
		SchemaChangeReport report = store.changeSchema(project.getId(), SchemaChange.rename(Layers.ENTITY, "GPE", "PLACE"),
				"admin");
		assertEquals(2, report.annotations());
		assertEquals(2, report.sets());
		assertEquals(before + 1, report.version());
		assertEquals(before + 1, version());
		assertTrue(SchemaEdits.names(store.project(project.getId()).orElseThrow().getSchema(), Layers.ENTITY)
				.contains("PLACE"));
		assertEquals(List.of("PER", "PLACE"), labels(first, "ann"));
		assertEquals(List.of("ORG", "PLACE"), labels(second, "bob"));
		assertEquals(List.of("LOC", "PER"), labels(first, null), "gold had no GPE");
		assertEquals(revision + 1, store.annotationSet(second.getId(), "bob").getRevision());
		AuditEntry last = store.audit(second.getId(), "bob").getLast();
		assertEquals(AuditEntry.Action.UPDATE, last.action());
		assertEquals("admin", last.actor());
		assertTrue(last.before().contains("GPE") && last.after().contains("PLACE"), last.after());
		Stance stance = (Stance) store.annotationSet(first.getId(), "ann").getAnnotations().stream()
				.filter(Stance.class::isInstance).findFirst().orElseThrow();
		assertEquals("PER", stance.getHolder() == null ? null : "PER", "the stance keeps its holder");
	}

	@Test
	void aMergeMovesTheAnnotationsAndTakesTheNameOut() {
		SchemaChangeReport report = store.changeSchema(project.getId(), SchemaChange.merge(Layers.ENTITY, "LOC", "GPE"),
				"admin");
		assertEquals(1, report.annotations());
		assertEquals(List.of("GPE", "PER"), labels(first, null));
		assertTrue(!SchemaEdits.names(store.project(project.getId()).orElseThrow().getSchema(), Layers.ENTITY)
				.contains("LOC"));
		assertThrows(IllegalArgumentException.class,
				() -> store.changeSchema(project.getId(), SchemaChange.merge(Layers.ENTITY, "PER", "NOPE"), "admin"));
	}

	@Test
	void removingANameInUseIsRefusedWithTheCountAndNothingChanges() {
		int before = version();
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> store.changeSchema(project.getId(), SchemaChange.remove(Layers.ENTITY, "PER", false), "admin"));
		assertTrue(refused.getMessage().contains("used by 2 annotations in 2 sets"), refused.getMessage());
		assertEquals(before, version());
		assertEquals(List.of("GPE", "PER"), labels(first, "ann"));

		SchemaChangeReport removed = store.changeSchema(project.getId(), SchemaChange.remove(Layers.ENTITY, "PER", true),
				"admin");
		assertEquals(3, removed.annotations(), "two entities deleted, one stance loses its holder");
		assertEquals(List.of("GPE"), labels(first, "ann"));
		Stance stance = (Stance) store.annotationSet(first.getId(), "ann").getAnnotations().stream()
				.filter(Stance.class::isInstance).findFirst().orElseThrow();
		assertNull(stance.getHolder());
	}

	@Test
	void addingChecksNamesKeysAndColours() {
		store.changeSchema(project.getId(), SchemaChange.add(Layers.ENTITY, "WEAPON", null, "#AA0000"), "admin");
		assertTrue(SchemaEdits.names(store.project(project.getId()).orElseThrow().getSchema(), Layers.ENTITY)
				.contains("WEAPON"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> store.changeSchema(project.getId(),
				SchemaChange.add(Layers.ENTITY, "VEHICLE", "1", null), "admin")).getMessage().contains("key 1 is taken by PER"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> store.changeSchema(project.getId(),
				SchemaChange.add(Layers.ENTITY, " ", null, null), "admin")).getMessage().contains("cannot be empty"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> store.changeSchema(project.getId(),
				SchemaChange.add(Layers.ENTITY, "ORG", null, null), "admin")).getMessage().contains("exists already"));
		assertThrows(IllegalArgumentException.class, () -> store.changeSchema(project.getId(),
				SchemaChange.rename(Layers.ENTITY, "ORG", "PER"), "admin"), "rename onto a taken name: merge instead");
	}

	@Test
	void stanceTargetsAndSourceKindsFollowToo() {
		store.changeSchema(project.getId(), SchemaChange.rename(Layers.STANCE, "us-presence-iraq", "us-troops"), "admin");
		store.changeSchema(project.getId(), SchemaChange.rename(Layers.SOURCE, "named-official", "official"), "admin");
		AnnotationSet ann = store.annotationSet(first.getId(), "ann");
		assertTrue(ann.getAnnotations().stream().anyMatch(a -> a instanceof Stance s && "us-troops".equals(s.getTarget())));
		AnnotationSet bob = store.annotationSet(second.getId(), "bob");
		assertTrue(bob.getAnnotations().stream()
				.anyMatch(a -> a instanceof SourceAttribution s && "official".equals(s.getKind())));
	}

	@Test
	void changesAppliedTogetherGoAllOrNone() {
		int before = version();
		IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
				() -> store.changeSchema(project.getId(), List.of(SchemaChange.rename(Layers.ENTITY, "GPE", "PLACE"),
						SchemaChange.add(Layers.ENTITY, "PLACE", null, null)), "admin"));
		assertTrue(refused.getMessage().contains("add entity 'PLACE'") && refused.getMessage().contains("exists"),
				refused.getMessage());
		assertEquals(before, version(), "the rename before the refused change was rolled back");
		assertEquals(List.of("GPE", "PER"), labels(first, "ann"));

		List<SchemaChangeReport> reports = store.changeSchema(project.getId(), List.of(
				SchemaChange.rename(Layers.ENTITY, "GPE", "PLACE"), SchemaChange.merge(Layers.ENTITY, "LOC", "PLACE")),
				"admin");
		assertEquals(List.of(2, 1), reports.stream().map(SchemaChangeReport::annotations).toList());
		assertEquals(before + 2, version());
		assertEquals(List.of("PER", "PLACE"), labels(first, null));
		List<String> log = store.projectLog(project.getId(), java.time.Instant.EPOCH).stream()
				.map(e -> e.action() + ": " + e.detail()).toList();
		assertEquals(2, log.size(), log.toString());
		assertTrue(log.get(1).startsWith("schema: merge entity 'LOC' into 'PLACE'"), log.toString());
	}

	@Test
	void anEditSetsKeyColourAndDescriptionAndRefusesATakenKey() {
		String takenKey = store.project(project.getId()).orElseThrow().getSchema().getLayers().getFirst().getLabels()
				.stream().filter(l -> l.getName().equals("ORG")).findFirst().orElseThrow().getKey();
		IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
				() -> store.changeSchema(project.getId(), SchemaChange.edit("PER", takenKey, null, null), "admin"));
		assertTrue(clash.getMessage().contains("taken by ORG"), clash.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> store.changeSchema(project.getId(), SchemaChange.edit("PER", null, "red", null), "admin"));
		store.changeSchema(project.getId(), SchemaChange.edit("PER", "z", "#AA0000", "People, by name"), "admin");
		var per = store.project(project.getId()).orElseThrow().getSchema().getLayers().getFirst().getLabels().stream()
				.filter(l -> l.getName().equals("PER")).findFirst().orElseThrow();
		assertEquals("z", per.getKey());
		assertEquals("#aa0000", per.getColour());
		assertEquals("People, by name", per.getDescription());
		assertEquals(List.of("GPE", "PER"), labels(first, "ann"), "annotations keep their labels");
	}

	@Test
	void aDraftChecksUndoesAndCountsAsTheStoreThenApplies() {
		java.util.Map<String, java.util.Map<String, Long>> usage = java.util.Map.of(Layers.ENTITY,
				store.labelUsage(project.getId(), Layers.ENTITY), Layers.STANCE,
				store.labelUsage(project.getId(), Layers.STANCE));
		assertEquals(java.util.Map.of("GPE", 2L, "LOC", 1L, "ORG", 1L, "PER", 2L), usage.get(Layers.ENTITY));
		org.sanad.store.SchemaDraft draft = new org.sanad.store.SchemaDraft(
				store.project(project.getId()).orElseThrow().getSchema(), usage);

		draft.propose(SchemaChange.rename(Layers.ENTITY, "GPE", "PLACE"));
		draft.propose(SchemaChange.merge(Layers.ENTITY, "LOC", "PLACE"));
		assertEquals(3L, draft.usage(Layers.ENTITY).get("PLACE"));
		IllegalArgumentException inUse = assertThrows(IllegalArgumentException.class,
				() -> draft.propose(SchemaChange.remove(Layers.ENTITY, "PER", false)));
		assertTrue(inUse.getMessage().contains("used by 2 annotations"), inUse.getMessage());
		assertThrows(IllegalArgumentException.class, () -> draft.propose(SchemaChange.rename(Layers.ENTITY, "GPE", "X")),
				"GPE is gone in the draft");
		assertEquals(2, draft.pending().size(), "refused changes leave the draft as it was");

		assertEquals(SchemaChange.Action.MERGE, draft.undo().action());
		assertEquals(2L, draft.usage(Layers.ENTITY).get("PLACE"));
		assertTrue(SchemaEdits.names(draft.schema(), Layers.ENTITY).contains("LOC"));
		draft.propose(SchemaChange.remove(Layers.STANCE, "us-presence-iraq", true));
		assertEquals(null, draft.usage(Layers.STANCE).get("us-presence-iraq"));

		store.changeSchema(project.getId(), draft.pending(), "admin");
		var stored = store.project(project.getId()).orElseThrow().getSchema();
		assertEquals(SchemaEdits.names(draft.schema(), Layers.ENTITY), SchemaEdits.names(stored, Layers.ENTITY));
		assertEquals(SchemaEdits.names(draft.schema(), Layers.STANCE), SchemaEdits.names(stored, Layers.STANCE));
		assertEquals(draft.usage(Layers.ENTITY), store.labelUsage(project.getId(), Layers.ENTITY));
		assertTrue(store.labelUsage(project.getId(), Layers.STANCE).isEmpty(), "the stance went with its target");
	}
}
