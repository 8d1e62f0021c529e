package org.sanad.curation.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.curation.CurationDocument;
import org.sanad.curation.CurationStatus;
import org.sanad.curation.CurationUnit;
import org.sanad.curation.MergeReport;
import org.sanad.curation.MergeStrategy;
import org.sanad.model.Annotation;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.SetStatus;
import org.sanad.model.Stance;
import org.sanad.store.AnnotationChange;
import org.sanad.store.AuditEntry;
import org.sanad.store.ConflictException;
import org.sanad.store.CorpusStore;
import org.sanad.store.CurationDecision;
import org.sanad.store.h2.internal.H2StoreProvider;

/** Curation decisions and automatic merges on a real H2 store. */
class CurationTest {

	@TempDir
	Path data;

	private CorpusStore store;
	private Team team;

	@BeforeEach
	void open() {
		store = new H2StoreProvider().open(data);
		team = new Team(store).annotated();
	}

	@AfterEach
	void close() {
		store.close();
	}

	private CurationDocument document() {
		return CurationDocument.open(store, team.document.getId());
	}

	private MergeReport merge(MergeStrategy strategy) {
		return new AutoMerge().merge(store, team.project.getId(), strategy, 2, "carol", new NullProgressMonitor());
	}

	@Test
	void unitsAlignTheAnnotatorsAnnotationsOfOneSpan() {
		CurationDocument doc = document();
		assertEquals(List.of("ann", "bob", "cat"), doc.annotators());
		assertEquals(CurationStatus.NEEDS_CURATION, doc.status());
		CurationUnit pentagon = doc.unit(Team.entityKey("البنتاغون")).orElseThrow();
		assertEquals(Map.of("ORG", List.of("ann", "bob"), "FAC", List.of("cat")), pentagon.byValue());
		assertTrue(doc.unit(Team.entityKey("باتريك رايدر")).orElseThrow().agreed(doc.annotators()));
		// Pentagon, Baghdad (ann alone), the source rating and the stance polarity
		assertEquals(4, doc.disagreements().size());
		assertEquals("entity", doc.units().get(0).layer(), "entities come first");
	}

	@Test
	void acceptingStoresTheCopyWithItsReasonAndTheDecisionInOneTransaction() {
		CurationDocument doc = document();
		String key = Team.entityKey("البنتاغون");
		doc.accept(key, "cat", "the building, not the institution", "carol");
		CurationUnit unit = doc.unit(key).orElseThrow();
		assertEquals(1, unit.gold().size());
		EntityMention gold = (EntityMention) unit.gold().get(0);
		assertEquals("FAC", gold.getLabel());
		assertEquals("the building, not the institution", gold.getNote());
		assertEquals("carol", gold.getCreatedBy());
		assertEquals(CurationDecision.Action.ACCEPT, unit.decision().action());
		assertEquals("cat", unit.decision().annotator());
		assertEquals(CurationStatus.IN_CURATION, doc.status());
		List<AuditEntry> audit = store.audit(team.document.getId(), null);
		assertTrue(audit.get(audit.size() - 1).after().contains("the building, not the institution"),
				"the reason is in the audit");

		doc.accept(key, "ann", null, "carol");
		CurationUnit changed = doc.unit(key).orElseThrow();
		assertEquals(1, changed.gold().size(), "accepting again replaces, never duplicates");
		assertEquals(gold.getId(), changed.gold().get(0).getId(), "the gold annotation keeps its id");
		assertEquals("ORG", ((EntityMention) changed.gold().get(0)).getLabel());
		assertEquals(2, store.curationDecisions(team.document.getId()).size());
	}

	@Test
	void rejectingRemovesTheGoldAnnotationAndStancesLoseOnlyTheirHolder() {
		CurationDocument doc = document();
		String ryder = Team.entityKey("باتريك رايدر");
		doc.accept(ryder, "ann", null, "carol");
		doc.accept("stance:us-presence-iraq", "ann", null, "carol");
		Stance stance = (Stance) doc.unit("stance:us-presence-iraq").orElseThrow().gold().get(0);
		assertEquals(doc.unit(ryder).orElseThrow().gold().get(0).getId(), stance.getHolder().getId(),
				"the gold stance is held by the gold entity at the same span");
		doc.reject(ryder, "not a named person here", "carol");
		assertTrue(doc.unit(ryder).orElseThrow().gold().isEmpty());
		Stance after = (Stance) doc.unit("stance:us-presence-iraq").orElseThrow().gold().get(0);
		assertNull(after.getHolder());
		assertEquals(Polarity.FAVOR, after.getPolarity());
		assertEquals("not a named person here", doc.unit(ryder).orElseThrow().decision().reason());
	}

	@Test
	void aDecisionMadeAgainstAnOldGoldSetStoresNothing() {
		CurationDocument mine = document();
		CurationDocument theirs = document();
		theirs.accept(Team.entityKey("البنتاغون"), "ann", null, "dave");
		assertThrows(ConflictException.class, () -> mine.accept(Team.entityKey("بغداد"), "ann", "r", "carol"));
		assertEquals(1, store.curationDecisions(team.document.getId()).size(), "no decision without its change");
		assertEquals(1, store.annotationSet(team.document.getId(), null).getAnnotations().size());
		assertThrows(IllegalArgumentException.class, () -> store.curate(new AnnotationChange(team.document.getId(),
				"ann", "carol", 1, List.of(), List.of(), List.of(), null), List.of()));
	}

	@Test
	void unanimousMergesWhatEveryoneAgreesOnAndMajorityTheRest() {
		MergeReport unanimous = merge(MergeStrategy.UNANIMOUS);
		assertEquals(Map.of("entity", 1), unanimous.merged(), "only Ryder as PER");
		assertEquals(Map.of("entity", 2, "source", 1, "stance", 1), unanimous.left());
		MergeReport majority = merge(MergeStrategy.MAJORITY);
		assertEquals(1, majority.kept(), "Ryder is already gold");
		assertEquals(Map.of("entity", 1, "source", 1, "stance", 1), majority.merged());
		assertEquals(Map.of("entity", 1), majority.left(), "Baghdad: one of three");
		CurationDocument doc = document();
		assertEquals("ORG", ((EntityMention) doc.unit(Team.entityKey("البنتاغون")).orElseThrow().gold().get(0)).getLabel());
		Stance stance = (Stance) doc.unit("stance:us-presence-iraq").orElseThrow().gold().get(0);
		assertEquals(doc.unit(Team.entityKey("باتريك رايدر")).orElseThrow().gold().get(0).getId(),
				stance.getHolder().getId());
		assertEquals(CurationDecision.Action.MERGE, doc.unit(Team.entityKey("البنتاغون")).orElseThrow().decision().action());
		assertEquals(4, merge(MergeStrategy.MAJORITY).kept(), "a second merge changes nothing");
	}

	@Test
	void aMergeNeverOverridesACuratorsDecision() {
		CurationDocument doc = document();
		doc.reject(Team.entityKey("البنتاغون"), "not an entity in this guideline", "carol");
		doc.accept("stance:us-presence-iraq", "cat", null, "carol");
		MergeReport report = merge(MergeStrategy.MAJORITY);
		assertEquals(2, report.kept());
		CurationDocument after = document();
		assertTrue(after.unit(Team.entityKey("البنتاغون")).orElseThrow().gold().isEmpty());
		assertEquals(Polarity.AGAINST,
				((Stance) after.unit("stance:us-presence-iraq").orElseThrow().gold().get(0)).getPolarity());
	}

	@Test
	void finishingMarksTheDocumentCuratedAndStatusesSayIt() {
		CurationDocument doc = document();
		doc.accept(Team.entityKey("بغداد"), "ann", null, "carol");
		assertEquals(Map.of(team.document.getId(), CurationStatus.IN_CURATION),
				new AutoMerge().statuses(store, List.of(team.document.getId())));
		doc.finish("carol");
		assertEquals(CurationStatus.CURATED, doc.status());
		assertEquals(SetStatus.CURATED, store.annotationSet(team.document.getId(), null).getStatus());
		assertEquals(CurationStatus.CURATED, new AutoMerge().statuses(store, List.of(team.document.getId()))
				.get(team.document.getId()));
	}

	@Test
	void minAnnotatorsLeavesThinlyAnnotatedDocumentsAlone() {
		MergeReport report = new AutoMerge().merge(store, team.project.getId(), MergeStrategy.MAJORITY, 4, "carol",
				new NullProgressMonitor());
		assertEquals(0, report.documents());
		assertTrue(store.annotationSet(team.document.getId(), null).getAnnotations().isEmpty());
		assertThrows(IllegalArgumentException.class, () -> new AutoMerge().merge(store, team.project.getId(),
				MergeStrategy.MAJORITY, 0, "carol", new NullProgressMonitor()));
	}

	@Test
	void theProjectDefinesTheReasonsCuratorsPickFrom() {
		assertEquals(org.sanad.curation.Curation.REASONS, org.sanad.curation.Curation.reasons(team.project));
		store.setCurationReasons(team.project.getId(), List.of("guideline 4.2", "typo in the source"));
		store.close();
		store = new H2StoreProvider().open(data);
		assertEquals(List.of("guideline 4.2", "typo in the source"),
				org.sanad.curation.Curation.reasons(store.project(team.project.getId()).orElseThrow()));
		assertThrows(IllegalArgumentException.class,
				() -> store.setCurationReasons(team.project.getId(), List.of("two\nlines")));
		store.setCurationReasons(team.project.getId(), List.of());
		assertEquals(org.sanad.curation.Curation.REASONS,
				org.sanad.curation.Curation.reasons(store.project(team.project.getId()).orElseThrow()));
	}

	@Test
	void curatorsCanAnnotateAnew() {
		CurationDocument doc = document();
		Annotation mine = Team.entity("عين الأسد", "FAC");
		doc.annotate(mine, "everyone missed it", "carol");
		CurationUnit unit = doc.unit(Team.entityKey("عين الأسد")).orElseThrow();
		assertEquals(CurationDecision.Action.ANNOTATE, unit.decision().action());
		assertFalse(unit.gold().isEmpty());
		assertTrue(unit.candidates().isEmpty());
	}
}
