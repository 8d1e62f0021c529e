package org.sanad.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.store.h2.internal.Fixtures.entity;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.model.AnnotationSet;
import org.sanad.model.Credibility;
import org.sanad.model.Document;
import org.sanad.model.Polarity;
import org.sanad.model.Project;
import org.sanad.model.Reliability;
import org.sanad.model.Role;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.AnnotationChange;
import org.sanad.store.AuditEntry;
import org.sanad.store.CurationDecision;
import org.sanad.store.StoreException;
import org.sanad.store.postgresql.internal.StoreCopy;

/**
 * A whole store moves from H2 to PostgreSQL with its history: ids, revisions, the audit, curation
 * decisions, accounts and logs, checked table by table; the moved store goes on where the old one
 * stopped. A second copy changes nothing; a target with other data is refused.
 */
class StoreCopyTest {

	/** Arabic with an emoji, harakat, tatweel, a CRLF and Latin digits: bytes and offsets must survive. */
	private static final String TEXT = "قالَ المتحدثُ باسم البنتاغـــون 😀 إن 2 من القوات\r\nباقية في العراق (AP)";

	@TempDir
	Path h2Folder;

	@TempDir
	Path pgFolder;

	private JdbcCorpusStore h2;
	private JdbcCorpusStore pg;
	private String documentId;

	@BeforeEach
	void fill() {
		pg = Database.POSTGRESQL.open(pgFolder); // skipped here without a PostgreSQL server
		h2 = Database.H2.open(h2Folder);
		Project project = h2.createProject("Seeds", "نصوص للتجربة", DefaultSchema.create());
		Document d = Fixtures.document("000.html", TEXT);
		d.getMetadata().put("site", "example");
		Document other = Fixtures.document("001.html", "نص آخر");
		h2.addDocuments(project.getId(), List.of(d, other));
		documentId = d.getId();
		h2.accounts().add("amal", "أمل", false);
		h2.accounts().setPassword("amal", "correct horse battery".toCharArray());
		h2.setMember(project.getId(), "amal", Role.ANNOTATOR, "admin");
		h2.assign(project.getId(), List.of(documentId), "amal", "admin");
		h2.registerSource(project.getId(), "وزارة الدفاع", "named-official");

		SourceAttribution source = Fixtures.source("s1", 0, 4, Reliability.B, Credibility.PROBABLY_TRUE);
		Stance stance = Fixtures.F.createStance();
		stance.setId("st1");
		stance.setTarget("us-presence-iraq");
		stance.setPolarity(Polarity.AGAINST);
		var ryder = entity("e1", 14, 31, "ORG");
		stance.setHolder(ryder);
		long r = h2.apply(new AnnotationChange(documentId, "amal", "amal", 0, List.of(ryder, source, stance), List.of(),
				List.of(), null).withChangeId("change-1"));
		h2.apply(new AnnotationChange(documentId, "amal", "amal", r, List.of(entity("e2", 32, 34, "PER")),
				List.of(entity("e1", 14, 31, "GPE")), List.of(), null));
		h2.curate(AnnotationChange.create(documentId, null, "cur", 0, entity("g1", 14, 31, "GPE")),
				List.of(new CurationDecision("entity|14|31", CurationDecision.Action.ACCEPT, "amal", "clear", "cur", null)));
	}

	@AfterEach
	void close() {
		if (h2 != null) {
			h2.close();
		}
		if (pg != null) {
			pg.close();
		}
	}

	@Test
	void everyTableArrivesWithItsHistoryAndTheCopyGoesOnFromThere() {
		List<String> progress = new ArrayList<>();
		StoreCopy.Report report = StoreCopy.copy(h2, pg, progress::add, () -> false);

		assertEquals(StoreCopy.Outcome.COPIED, report.outcome());
		assertEquals(2, report.rows("document"));
		assertEquals(4, report.rows("audit"), "one row for the 3 created together, 1 + 1 created or changed, the curated one");
		assertEquals(1, report.rows("curation_decision"));
		assertEquals(1, report.rows("applied_change"));
		assertTrue(progress.stream().anyMatch(line -> line.startsWith("document")), progress.toString());

		assertEquals(h2.statistics(), pg.statistics());
		Document copied = pg.document(documentId).orElseThrow();
		assertEquals(TEXT, copied.getText(), "the exact text, CRLF and all");
		assertEquals(h2.document(documentId).orElseThrow().getChecksum(), copied.getChecksum());
		AnnotationSet before = h2.annotationSet(documentId, "amal");
		AnnotationSet after = pg.annotationSet(documentId, "amal");
		assertEquals(before.getRevision(), after.getRevision());
		assertTrue(EcoreUtil.equals(before.getAnnotations(), after.getAnnotations()), "the same annotations");
		assertEquals(times(h2.audit(documentId, "amal")), times(pg.audit(documentId, "amal")), "the audit as it was");
		assertEquals(h2.curationDecisions(documentId), pg.curationDecisions(documentId));
		assertTrue(pg.accounts().authenticate("amal", "correct horse battery".toCharArray()).isPresent());
		assertEquals(h2.assignments(copied.getProjectId()), pg.assignments(copied.getProjectId()));
		assertEquals(h2.projectLog(copied.getProjectId(), Instant.EPOCH), pg.projectLog(copied.getProjectId(), Instant.EPOCH));

		long next = pg.apply(AnnotationChange.create(documentId, "amal", "amal", after.getRevision(),
				entity("e3", 0, 4, "ORG")));
		assertEquals(after.getRevision() + 1, next, "revisions go on");
		assertEquals(h2.audit(documentId, "amal").size() + 1, pg.audit(documentId, "amal").size(),
				"the audit's own ids go on above the copied ones");
		assertEquals(1, pg.apply(AnnotationChange.create(documentId, "amal", "amal", 0,
				entity("e9", 0, 4, "ORG")).withChangeId("change-1")), "a change sent again is answered with the revision it made");
	}

	private static List<String> times(List<AuditEntry> audit) {
		return audit.stream().map(e -> e.revision() + " " + e.annotationId() + " " + e.action() + " " + e.at()).toList();
	}

	@Test
	void aSecondCopyChangesNothingAndOtherDataIsRefused() {
		StoreCopy.copy(h2, pg, line -> {
		}, () -> false);
		StoreCopy.Report again = StoreCopy.copy(h2, pg, line -> {
		}, () -> false);
		assertEquals(StoreCopy.Outcome.ALREADY_THERE, again.outcome());

		long revision = pg.annotationSet(documentId, "amal").getRevision();
		pg.apply(AnnotationChange.create(documentId, "amal", "amal", revision, entity("e3", 0, 4, "ORG")));
		var stats = pg.statistics();
		StoreException refused = assertThrows(StoreException.class, () -> StoreCopy.copy(h2, pg, line -> {
		}, () -> false));
		assertTrue(refused.getMessage().contains("holds other data") && refused.getMessage().contains("annotation"),
				refused.getMessage());
		assertEquals(stats, pg.statistics(), "the refused copy wrote nothing");
	}

	@Test
	void aCancelledCopyLeavesTheTargetEmpty() {
		for (int i = 0; i < 3; i++) { // more rows than one batch, so that the copy asks in between
			List<Document> batch = new ArrayList<>();
			for (int j = 0; j < 400; j++) {
				batch.add(Fixtures.document("bulk-" + i + "-" + j, "نص رقم " + i + "-" + j));
			}
			h2.addDocuments(h2.project("Seeds").orElseThrow().getId(), batch);
		}
		StoreException cancelled = assertThrows(StoreException.class, () -> StoreCopy.copy(h2, pg, line -> {
		}, () -> true));
		assertTrue(cancelled.getMessage().contains("cancelled"), cancelled.getMessage());
		assertEquals(0, pg.statistics().documents());
		assertEquals(List.of(), pg.projects());
	}
}
