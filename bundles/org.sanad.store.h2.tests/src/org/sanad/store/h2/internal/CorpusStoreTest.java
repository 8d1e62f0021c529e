package org.sanad.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.store.h2.internal.Fixtures.document;
import static org.sanad.store.h2.internal.Fixtures.entity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.model.AnnotationSet;
import org.sanad.model.Credibility;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Project;
import org.sanad.model.Reliability;
import org.sanad.model.SetStatus;
import org.sanad.model.Source;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.model.text.Utf8Text;
import org.sanad.store.AnnotationChange;
import org.sanad.store.AuditEntry;
import org.sanad.store.ConflictException;
import org.sanad.store.CorpusStore;
import org.sanad.store.DuplicateDocumentException;
import org.sanad.store.SetSummary;
import org.sanad.store.StoreException;

/** The store against a real H2 file database. */
@ParameterizedClass
@EnumSource(Database.class)
class CorpusStoreTest {

	@Parameter
	Database database;

	private static final String TEXT = "وقال السكرتير الصحفي للبنتاغون اللواء باتريك رايدر 😀 إن الاجتماع";

	@TempDir
	Path data;

	private CorpusStore store;
	private Project project;
	private String documentId;

	@BeforeEach
	void open() {
		store = database.open(data);
		project = store.createProject("Seeds", "sample", DefaultSchema.create());
		Document d = document("000.txt", TEXT);
		d.getMetadata().put("site", "example");
		store.addDocuments(project.getId(), List.of(d));
		documentId = d.getId();
	}

	@AfterEach
	void close() {
		if (store != null) { // null: skipped for want of a PostgreSQL server
			store.close();
		}
	}

	private void reopen() {
		store.close();
		store = database.open(data);
	}

	@Test
	void projectsKeepTheirSchemaAcrossReopening() {
		reopen();
		Project loaded = store.project("Seeds").orElseThrow();
		assertEquals(project.getId(), loaded.getId());
		assertTrue(EcoreUtil.equals(DefaultSchema.create(), loaded.getSchema()));
		assertEquals(List.of("Seeds"), store.projects().stream().map(Project::getName).toList());
		var error = assertThrows(StoreException.class, () -> store.createProject("Seeds", null, DefaultSchema.create()));
		assertTrue(error.getMessage().contains("exists already"), error.getMessage());
	}

	@Test
	void boilerplatePhrasesArePerProject() {
		store.setBoilerplatePhrases(project.getId(), List.of("Connect with us", "اترك تعليقك"));
		store.createProject("Other", null, DefaultSchema.create());
		reopen();
		assertEquals(List.of("Connect with us", "اترك تعليقك"),
				store.project("Seeds").orElseThrow().getBoilerplatePhrases());
		assertTrue(store.project("Other").orElseThrow().getBoilerplatePhrases().isEmpty());
	}

	@Test
	void documentsKeepTextChecksumLengthAndMetadata() {
		reopen();
		Document d = store.document(documentId).orElseThrow();
		assertEquals(TEXT, d.getText());
		assertEquals(TEXT.length(), d.getLength());
		assertEquals(org.sanad.model.text.TextChecksum.of(TEXT), d.getChecksum());
		assertEquals("example", d.getMetadata().get("site"));
		assertEquals("000.txt", d.getOrigin());
	}

	@Test
	void theUtf8KeptWithADocumentIsStoredAsItIs() {
		String text = "نصٌّ مع علامة ترتيب البايت\r\n";
		byte[] file = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
		Document d = document("bom.txt", text);
		Utf8Text.attach(d, file, 3, file.length - 3);
		store.addDocuments(project.getId(), List.of(d));
		reopen();
		assertEquals(text, store.document(d.getId()).orElseThrow().getText());
	}

	@Test
	void halfASurrogatePairIsRefusedNamingTheDocumentAndNothingIsStored() {
		long before = store.documentCount(project.getId());
		Document broken = document("broken.jsonl:3", "نص \uD83D مكسور");
		var error = assertThrows(StoreException.class,
				() -> store.addNewDocuments(project.getId(), List.of(document("fine.txt", "نص سليم"), broken)));
		assertTrue(error.getMessage().contains("broken.jsonl:3") && error.getMessage().contains("UTF-16 offset 3"),
				error.getMessage());
		assertEquals(before, store.documentCount(project.getId()));
	}

	@Test
	void listingsCarryNoTexts() {
		List<Document> more = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			more.add(document("doc" + i, TEXT + " " + i));
		}
		store.addDocuments(project.getId(), more);
		List<Document> page = store.documents(project.getId(), 100, 50);
		assertEquals(50, page.size());
		assertEquals("doc99", page.get(0).getOrigin(), "listed in import order");
		assertTrue(page.stream().noneMatch(Document::isSetText));
		assertTrue(page.stream().allMatch(d -> d.getLength() > 0 && d.getChecksum().length() == 64));
		assertEquals(301, store.documentCount(project.getId()));
	}

	@Test
	void aDuplicateStoresNothingOfTheBatch() {
		long before = store.documentCount(project.getId());
		var error = assertThrows(DuplicateDocumentException.class, () -> store.addDocuments(project.getId(),
				List.of(document("new.txt", "نص جديد"), document("copy.txt", TEXT))));
		assertEquals(documentId, error.existingDocumentId());
		assertTrue(error.getMessage().contains("copy.txt"), error.getMessage());
		assertEquals(before, store.documentCount(project.getId()));

		assertThrows(DuplicateDocumentException.class, () -> store.addDocuments(project.getId(),
				List.of(document("a.txt", "نفس النص"), document("b.txt", "نفس النص"))));
		assertEquals(before, store.documentCount(project.getId()));
		assertEquals(Map.of(), store.documentsByChecksum(project.getId(),
				List.of(org.sanad.model.text.TextChecksum.of("نفس النص"))));
	}

	@Test
	void aFailedBatchLeavesTheCallersDocumentsWithoutIds() {
		Document fresh = document("new.txt", "نص جديد");
		assertThrows(DuplicateDocumentException.class,
				() -> store.addDocuments(project.getId(), List.of(fresh, document("copy.txt", TEXT))));
		assertNull(fresh.getId(), "no id for a document that was not stored");
		assertNull(fresh.getChecksum(), "the caller's object is not filled in");
	}

	@Test
	void addingNewDocumentsLeavesOutTextsTheProjectHoldsOrTheBatchRepeats() {
		Document fresh = document("new.txt", "نص جديد");
		Document copy = document("copy.txt", TEXT);
		Document twin = document("twin.txt", "نص جديد");
		Document other = document("other.txt", "نص آخر");
		Map<Document, String> leftOut = store.addNewDocuments(project.getId(), List.of(fresh, twin, copy, other));

		assertEquals(List.of(twin, copy), List.copyOf(leftOut.keySet()), "in list order");
		assertEquals(documentId, leftOut.get(copy), "the project's document with that text");
		assertEquals(fresh.getId(), leftOut.get(twin), "the first of the twins, stored now");
		assertNull(copy.getId());
		assertNull(twin.getId());
		assertEquals(3, store.documentCount(project.getId()));
		assertEquals(List.of("000.txt", "new.txt", "other.txt"),
				store.documents(project.getId(), 0, 10).stream().map(Document::getOrigin).toList());
		assertEquals("نص آخر", store.document(other.getId()).orElseThrow().getText());
	}

	@Test
	void theSameDocumentTwiceInTheListIsStoredOnceAndNotLeftOut() {
		Document fresh = document("new.txt", "نص جديد");
		assertEquals(Map.of(), store.addNewDocuments(project.getId(), List.of(fresh, fresh)));
		assertEquals(2, store.documentCount(project.getId()));
	}

	@Test
	void theApisDefaultForAddingNewDocumentsDoesTheSame() {
		// A storage plug-in that only implements the older methods gets addNewDocuments from the API.
		CorpusStore plain = (CorpusStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { CorpusStore.class }, (proxy, method, args) -> method.isDefault()
						? java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args)
						: method.invoke(store, args));
		Document fresh = document("new.txt", "نص جديد");
		Document copy = document("copy.txt", TEXT);
		Document twin = document("twin.txt", "نص جديد");
		Map<Document, String> leftOut = plain.addNewDocuments(project.getId(), List.of(copy, fresh, twin, fresh));

		assertEquals(Map.of(copy, documentId, twin, fresh.getId()), leftOut);
		assertEquals(2, store.documentCount(project.getId()));
	}

	@Test
	void metadataKeepsQuotesBackslashesControlCharactersAndArabic() {
		Document d = document("meta.txt", "نص البيانات الوصفية");
		String tricky = "قال \"المتحدث\" \\ C:\\path\ttab\nline\u0001 😀";
		d.getMetadata().put("quote", tricky);
		d.getMetadata().put("key \"with\" quotes", "");
		store.addDocuments(project.getId(), List.of(d));
		Document back = store.document(d.getId()).orElseThrow();
		assertEquals(tricky, back.getMetadata().get("quote"));
		assertEquals("", back.getMetadata().get("key \"with\" quotes"));
		assertEquals(2, back.getMetadata().size());
	}

	@Test
	void allThreeLayersRoundTripWithOverlapsHolderAndClaims() {
		EntityMention ryder = entity("e1", 38, 50, "PER");
		EntityMention nested = entity("e2", 45, 50, "PER");
		SourceAttribution source = Fixtures.source("s1", 5, 50, Reliability.B, Credibility.PROBABLY_TRUE);
		source.getClaims().add(span(53, TEXT.length()));
		Stance stance = Fixtures.F.createStance();
		stance.setId("st1");
		stance.setTarget("us-presence-iraq");
		stance.setPolarity(Polarity.AGAINST);
		stance.setHolder(ryder);
		long revision = store.apply(new AnnotationChange(documentId, "ann", "ann", 0,
				List.of(ryder, nested, source, stance), List.of(), List.of(), null));
		assertEquals(1, revision);

		reopen();
		AnnotationSet set = store.annotationSet(documentId, "ann");
		assertEquals(1, set.getRevision());
		assertEquals(SetStatus.IN_PROGRESS, set.getStatus());
		assertEquals(4, set.getAnnotations().size());
		Stance loadedStance = (Stance) set.getAnnotations().stream().filter(a -> a.getId().equals("st1")).findFirst()
				.orElseThrow();
		assertSame(set.getAnnotations().stream().filter(a -> a.getId().equals("e1")).findFirst().orElseThrow(),
				loadedStance.getHolder());
		assertNull(loadedStance.getEvidence(), "document-level stance");
		SourceAttribution loadedSource = (SourceAttribution) set.getAnnotations().stream()
				.filter(a -> a.getId().equals("s1")).findFirst().orElseThrow();
		assertEquals(Reliability.B, loadedSource.getReliability());
		assertEquals(Credibility.PROBABLY_TRUE, loadedSource.getCredibility());
		assertEquals(53, loadedSource.getClaims().get(0).getBegin());
		assertEquals("ann", loadedSource.getCreatedBy());
	}

	@Test
	void setsAreSeparatePerAnnotatorAndGold() {
		store.apply(AnnotationChange.create(documentId, "ann", "ann", 0, entity("a", 0, 4, "PER")));
		store.apply(AnnotationChange.create(documentId, "bob", "bob", 0, entity("b", 0, 4, "ORG")));
		store.apply(AnnotationChange.create(documentId, null, "curator", 0, entity("g", 0, 4, "ORG")));
		assertEquals("PER", ((EntityMention) store.annotationSet(documentId, "ann").getAnnotations().get(0)).getLabel());
		assertEquals("ORG", ((EntityMention) store.annotationSet(documentId, "bob").getAnnotations().get(0)).getLabel());
		assertTrue(store.annotationSet(documentId, null).isGold());
		assertEquals(0, store.annotationSet(documentId, "carol").getRevision());
	}

	@Test
	void setsAreReadManyAtOnceLikeOneByOneAndTheApisDefaultAgrees() {
		Document second = document("001.txt", "نص ثان فيه مصدر");
		store.addDocuments(project.getId(), List.of(second));
		EntityMention ryder = entity("e1", 38, 50, "PER");
		SourceAttribution source = Fixtures.source("s1", 5, 50, Reliability.B, Credibility.PROBABLY_TRUE);
		source.getClaims().add(span(53, 60));
		Stance stance = Fixtures.F.createStance();
		stance.setId("st1");
		stance.setTarget("us-presence-iraq");
		stance.setPolarity(Polarity.FAVOR);
		stance.setHolder(ryder);
		store.apply(new AnnotationChange(documentId, "ann", "ann", 0, List.of(ryder, source, stance), List.of(),
				List.of(), null));
		store.apply(AnnotationChange.create(second.getId(), "ann", "ann", 0, entity("e2", 0, 2, "ORG")));
		store.apply(AnnotationChange.create(second.getId(), "bob", "bob", 0, entity("e3", 0, 2, "GPE")));
		CorpusStore plain = (CorpusStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { CorpusStore.class }, (proxy, method, args) -> method.isDefault()
						? java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args)
						: method.invoke(store, args));
		List<String> ids = List.of(second.getId(), documentId, "no-such-id");

		for (CorpusStore each : List.of(store, plain)) {
			Map<String, AnnotationSet> sets = each.annotationSets(ids, "ann");
			assertEquals(ids, List.copyOf(sets.keySet()), "in the order asked for");
			for (String id : ids) {
				assertTrue(EcoreUtil.equals(store.annotationSet(id, "ann"), sets.get(id)), id);
			}
			Stance loaded = (Stance) sets.get(documentId).getAnnotations().get(2);
			assertSame(sets.get(documentId).getAnnotations().get(0), loaded.getHolder(), "holder resolved in the set");
			assertEquals(53, ((SourceAttribution) sets.get(documentId).getAnnotations().get(1)).getClaims().get(0)
					.getBegin());
			assertEquals(0, sets.get("no-such-id").getRevision());
			assertTrue(each.annotationSets(ids, null).values().stream().allMatch(s -> s.getAnnotations().isEmpty()));
			assertEquals(List.of("ann", "bob"), each.annotators(project.getId()));
		}
		store.apply(AnnotationChange.create(documentId, null, "curator", 0, entity("g", 0, 4, "ORG")));
		assertEquals(List.of("ann", "bob"), store.annotators(project.getId()), "gold is no annotator");
		assertEquals(List.of(), store.annotators(store.createProject("Empty", null, DefaultSchema.create()).getId()));
	}

	@Test
	void documentsAreLoadedManyAtOnceWithBoilerplateLikeOneByOne() {
		Document second = document("001.txt", "Connect with us\nنص ثان");
		second.getMetadata().put("site", "other");
		var region = Fixtures.F.createBoilerplateRegion();
		region.setBegin(0);
		region.setEnd(15);
		region.setRule("phrase");
		second.getBoilerplate().add(region);
		store.addDocuments(project.getId(), List.of(second));
		List<String> ids = List.of(second.getId(), "no-such-id", documentId);

		Map<String, Document> loaded = store.documents(ids);
		assertEquals(List.of(second.getId(), documentId), List.copyOf(loaded.keySet()));
		for (String id : loaded.keySet()) {
			assertTrue(EcoreUtil.equals(store.document(id).orElseThrow(), loaded.get(id)), id);
		}
		assertEquals(15, loaded.get(second.getId()).getBoilerplate().get(0).getEnd());
		assertEquals("other", loaded.get(second.getId()).getMetadata().get("site"));

		CorpusStore plain = (CorpusStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { CorpusStore.class }, (proxy, method, args) -> method.isDefault()
						? java.lang.reflect.InvocationHandler.invokeDefault(proxy, method, args)
						: method.invoke(store, args));
		for (CorpusStore each : List.of(store, plain)) {
			assertEquals(List.of(documentId, second.getId()), each.documentIds(project.getId()), "in import order");
			assertTrue(EcoreUtil.equals(List.copyOf(loaded.values()), List.copyOf(each.documents(ids).values())));
		}
		assertEquals(List.of(), store.documentIds(store.createProject("Empty", null, DefaultSchema.create()).getId()));
	}

	@Test
	void textsAreReadManyAtOnceByIdAndUnknownIdsAreLeftOut() {
		Document second = document("001.txt", "نص ثان");
		store.addDocuments(project.getId(), List.of(second));
		Map<String, String> texts = store.texts(List.of(documentId, second.getId(), "no-such-id"));
		assertEquals(Map.of(documentId, TEXT, second.getId(), "نص ثان"), texts);
	}

	@Test
	void summariesGiveStatusAndCountsPerOwnerWithoutSets() {
		store.apply(AnnotationChange.create(documentId, "ann", "ann", 0, entity("a", 0, 4, "PER"),
				entity("b", 5, 9, "ORG")));
		store.apply(new AnnotationChange(documentId, "ann", "ann", 1, List.of(), List.of(), List.of(), SetStatus.FINISHED));
		SetSummary ann = store.setSummaries("ann", List.of(documentId)).get(documentId);
		assertEquals(new SetSummary(documentId, SetStatus.FINISHED, 2, 2), ann);
		assertEquals(SetSummary.none(documentId), store.setSummaries("bob", List.of(documentId)).get(documentId));
		assertEquals(SetSummary.none("nowhere"), store.setSummaries("ann", List.of("nowhere")).get("nowhere"));
	}

	@Test
	void theSourceRegistryKeepsOneEntryPerNameAcrossReopening() {
		Source pentagon = store.registerSource(project.getId(), " Pentagon ", "institution");
		assertEquals("Pentagon", pentagon.getName());
		assertEquals(pentagon.getId(), store.registerSource(project.getId(), "pentagon", "media").getId());
		store.registerSource(project.getId(), "An informed source", "unnamed");
		reopen();
		List<Source> sources = store.project("Seeds").orElseThrow().getSources();
		assertEquals(List.of("An informed source", "Pentagon"), sources.stream().map(Source::getName).toList());
		assertEquals("institution", sources.get(1).getKind());
		StoreException blank = assertThrows(StoreException.class, () -> store.registerSource(project.getId(), " ", null));
		assertTrue(blank.getMessage().contains("name"), blank.getMessage());
	}

	@Test
	void updatesAndDeletesAreAuditedWithBeforeAndAfter() {
		store.apply(AnnotationChange.create(documentId, "ann", "ann", 0, entity("e1", 0, 4, "PER")));
		store.apply(new AnnotationChange(documentId, "ann", "ann", 1, List.of(), List.of(entity("e1", 0, 4, "ORG")),
				List.of(), null));
		store.apply(new AnnotationChange(documentId, "ann", "ann", 2, List.of(), List.of(), List.of("e1"),
				SetStatus.FINISHED));
		List<AuditEntry> audit = store.audit(documentId, "ann");
		assertEquals(List.of(AuditEntry.Action.CREATE, AuditEntry.Action.UPDATE, AuditEntry.Action.DELETE),
				audit.stream().map(AuditEntry::action).toList());
		assertNull(audit.get(0).before());
		assertTrue(audit.get(1).before().contains("\"label\":\"PER\""), audit.get(1).before());
		assertTrue(audit.get(1).after().contains("\"label\":\"ORG\""), audit.get(1).after());
		assertNull(audit.get(2).after());
		assertEquals("ann", audit.get(2).actor());
		AnnotationSet set = store.annotationSet(documentId, "ann");
		assertEquals(SetStatus.FINISHED, set.getStatus());
		assertTrue(set.getAnnotations().isEmpty());
	}

	/**
	 * A change that creates several annotations keeps them in one audit row (migration V11); read
	 * back, it is one entry per annotation with the JSON a single creation records, in order, and
	 * the change's updates and deletes follow.
	 */
	@Test
	void aChangeCreatingManyIsAuditedAsOneEntryPerAnnotation() {
		EntityMention noted = entity("e3", 10, 12, "GPE");
		noted.setNote("\"quoted\" <b> & سطر\nثانٍ 😀 \u2028");
		store.apply(AnnotationChange.create(documentId, "ann", "ann", 0, entity("e1", 0, 4, "PER"),
				entity("e2", 5, 9, "ORG")));
		store.apply(new AnnotationChange(documentId, "ann", "bob", 1, List.of(entity("e4", 13, 15, "LOC"), noted),
				List.of(entity("e1", 0, 4, "ORG")), List.of("e2"), null));
		store.apply(AnnotationChange.create(documentId, "ann", "ann", 2, entity("e5", 16, 18, "PER")));
		reopen();
		List<AuditEntry> audit = store.audit(documentId, "ann");
		assertEquals(List.of("e1", "e2", "e4", "e3", "e1", "e2", "e5"),
				audit.stream().map(AuditEntry::annotationId).toList());
		assertEquals(List.of(1L, 1L, 2L, 2L, 2L, 2L, 3L), audit.stream().map(AuditEntry::revision).toList());
		assertEquals(List.of("ann", "ann", "bob", "bob", "bob", "bob", "ann"),
				audit.stream().map(AuditEntry::actor).toList());
		assertEquals(List.of(AuditEntry.Action.CREATE, AuditEntry.Action.CREATE, AuditEntry.Action.CREATE,
				AuditEntry.Action.CREATE, AuditEntry.Action.UPDATE, AuditEntry.Action.DELETE, AuditEntry.Action.CREATE),
				audit.stream().map(AuditEntry::action).toList());
		assertEquals(AnnotationJson.of(noted), audit.get(3).after());
		assertEquals(AnnotationJson.of(entity("e2", 5, 9, "ORG")), audit.get(1).after());
		assertNull(audit.get(3).before());
		assertEquals(audit.get(2).at(), audit.get(5).at());
		var stale = assertThrows(ConflictException.class,
				() -> store.apply(AnnotationChange.create(documentId, "ann", "ann", 1, entity("e6", 0, 4, "PER"))));
		assertTrue(stale.getMessage().contains("3 created, 1 updated, 1 deleted"), stale.getMessage());
	}

	/**
	 * Creations whose JSON together passes a row's 1,000,000 characters go into several rows, and
	 * one too long for any (a long note) into a row of its own; all read back whole, in order.
	 */
	@Test
	void longCreationsAreAuditedWholeAcrossRows() {
		List<org.sanad.model.Annotation> created = new java.util.ArrayList<>();
		String[] notes = { "ا".repeat(400_000), "ب".repeat(400_000), "ج".repeat(1_000_000), "د".repeat(400_000), "" };
		for (int i = 0; i < notes.length; i++) {
			EntityMention m = entity("n" + i, i, i + 1, "PER");
			if (!notes[i].isEmpty()) {
				m.setNote(notes[i]);
			}
			created.add(m);
		}
		List<String> json = created.stream().map(AnnotationJson::of).toList();
		store.apply(new AnnotationChange(documentId, "ann", "ann", 0, created, List.of(), List.of(), null));
		reopen();
		List<AuditEntry> audit = store.audit(documentId, "ann");
		assertEquals(List.of("n0", "n1", "n2", "n3", "n4"), audit.stream().map(AuditEntry::annotationId).toList());
		assertEquals(json, audit.stream().map(AuditEntry::after).toList());
	}

	/**
	 * The audit's identity column takes its numbers 100,000 at a time on H2 (migration V10); the
	 * numbers must still grow across a reopening, or the audit would lose its order or refuse a row.
	 */
	@Test
	void theAuditKeepsItsOrderAcrossReopenings() {
		List<String> created = new java.util.ArrayList<>();
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < 40; i++) {
				String id = "r" + round + "e" + i;
				store.apply(AnnotationChange.create(documentId, "ann", "ann", created.size(), entity(id, 0, 4, "PER")));
				created.add(id);
			}
			reopen();
		}
		assertEquals(created, store.audit(documentId, "ann").stream().map(AuditEntry::annotationId).toList());
	}

	@Test
	void changesSinceARevisionNameWhatIsNowAndWhatIsGone() {
		store.apply(AnnotationChange.create(documentId, "ann", "ann", 0, entity("e1", 0, 4, "PER"),
				entity("e2", 5, 9, "ORG"), entity("e3", 10, 12, "GPE")));
		store.apply(new AnnotationChange(documentId, "ann", "ann", 1, List.of(entity("e4", 13, 15, "LOC")),
				List.of(entity("e1", 0, 4, "ORG")), List.of("e2"), null));
		store.apply(new AnnotationChange(documentId, "ann", "ann", 2, List.of(), List.of(), List.of("e4"),
				SetStatus.FINISHED));
		var changes = store.changesSince(documentId, "ann", 1).orElseThrow();
		assertEquals(3, changes.revision());
		assertEquals(SetStatus.FINISHED, changes.status());
		assertEquals(List.of("e1"), changes.current().stream().map(a -> a.getId()).toList());
		assertEquals("ORG", ((EntityMention) changes.current().get(0)).getLabel(), "as it is now");
		assertEquals(java.util.Set.of("e2", "e4"), changes.deleted(), "e4 came and went after revision 1");
		assertTrue(store.changesSince(documentId, "ann", 3).orElseThrow().current().isEmpty());
		assertTrue(store.changesSince(documentId, null, 0).isEmpty(), "no gold set: nothing to tell");
	}

	@Test
	void aWalkPageAfterPageByTheLastDocumentSeesEveryDocumentOnceInOrder() {
		List<Document> more = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			more.add(document(i + ".txt", "نص رقم " + i));
		}
		store.addDocuments(project.getId(), more);
		store.deleteDocuments(project.getId(), List.of(more.get(7).getId()), "admin");
		List<String> walked = new ArrayList<>();
		List<Document> page = store.documentsAfter(project.getId(), null, 10);
		while (!page.isEmpty()) {
			assertTrue(page.stream().noneMatch(Document::isSetText), "headers only");
			page.forEach(d -> walked.add(d.getId()));
			page = store.documentsAfter(project.getId(), page.getLast().getId(), 10);
		}
		assertEquals(store.documentIds(project.getId()), walked);
		assertEquals(25, walked.size(), "the first document, 24 more, one deleted");
		StoreException gone = assertThrows(StoreException.class,
				() -> store.documentsAfter(project.getId(), more.get(7).getId(), 10));
		assertTrue(gone.getMessage().contains("not in the project"), gone.getMessage());
	}

	@Test
	void aStaleWriterGetsAConflictNamingWhatChangedAndStoresNothing() {
		store.apply(AnnotationChange.create(documentId, "ann", "ann", 0, entity("e1", 0, 4, "PER")));
		// Two windows start from revision 1; the first one wins.
		store.apply(new AnnotationChange(documentId, "ann", "ann-window-1", 1, List.of(entity("e2", 5, 9, "ORG")),
				List.of(entity("e1", 0, 4, "GPE")), List.of(), null));
		var conflict = assertThrows(ConflictException.class,
				() -> store.apply(new AnnotationChange(documentId, "ann", "ann-window-2", 1, List.of(),
						List.of(entity("e1", 0, 4, "LOC")), List.of(), null)));
		assertEquals(1, conflict.baseRevision());
		assertEquals(2, conflict.currentRevision());
		assertEquals(2, conflict.changes().size());
		assertTrue(conflict.getMessage().contains("ann-window-1") && conflict.getMessage().contains("1 created, 1 updated"),
				conflict.getMessage());
		EntityMention e1 = (EntityMention) store.annotationSet(documentId, "ann").getAnnotations().get(0);
		assertEquals("GPE", e1.getLabel(), "the losing write changed nothing");
	}

	@Test
	void aTakenIdIsCalledTakenAndAnyOtherRefusalNamesItsOwnCause() {
		store.apply(AnnotationChange.create(documentId, "ann", "ann", 0, entity("e1", 0, 4, "PER")));
		var taken = assertThrows(StoreException.class,
				() -> store.apply(AnnotationChange.create(documentId, "ann", "ann", 1, entity("e1", 5, 9, "ORG"))));
		assertTrue(taken.getMessage().contains("Annotation e1 already exists"), taken.getMessage());
		// A label the schema lacks is refused as such, naming it.
		var unknown = assertThrows(org.sanad.store.UnknownNameException.class, () -> store.apply(
				AnnotationChange.create(documentId, "ann", "ann", 1, entity("e2", 5, 9, "L".repeat(101)))));
		assertEquals(List.of("label", "L".repeat(101), List.of("e2")),
				List.of(unknown.field(), unknown.name(), unknown.annotationIds()));
		// A value longer than its column is refused for that, not reported as a taken id.
		var longName = entity("e2", 5, 9, "ORG");
		longName.setCreatedBy("L".repeat(101));
		var tooLong = assertThrows(StoreException.class,
				() -> store.apply(AnnotationChange.create(documentId, "ann", "ann", 1, longName)));
		assertFalse(tooLong.getMessage().contains("already exists"), tooLong.getMessage());
		assertTrue(tooLong.getMessage().contains("created_by is 101 characters long"), tooLong.getMessage());
		assertFalse(tooLong.isTransient() || taken.isTransient(), "the same change would be refused again");
		assertEquals(1, store.annotationSet(documentId, "ann").getRevision());
	}

	@Test
	void aFailingActionLeavesNothingHalfDone() {
		store.apply(AnnotationChange.create(documentId, "ann", "ann", 0, entity("e1", 0, 4, "PER")));
		var error = assertThrows(StoreException.class, () -> store.apply(new AnnotationChange(documentId, "ann", "ann",
				1, List.of(entity("e2", 5, 9, "ORG")), List.of(), List.of("no-such-annotation"), null)));
		assertTrue(error.getMessage().contains("no-such-annotation"), error.getMessage());
		AnnotationSet set = store.annotationSet(documentId, "ann");
		assertEquals(1, set.getRevision());
		assertEquals(List.of("e1"), set.getAnnotations().stream().map(a -> a.getId()).toList());
		assertEquals(1, store.audit(documentId, "ann").size());
	}

	@Test
	void statisticsCountEverything() {
		store.apply(AnnotationChange.create(documentId, "ann", "ann", 0, entity("e1", 0, 4, "PER"),
				Fixtures.source("s1", 5, 9, Reliability.A, Credibility.CONFIRMED)));
		var stats = store.statistics();
		assertEquals(1, stats.projects());
		assertEquals(1, stats.documents());
		assertEquals(1, stats.annotationSets());
		assertEquals(Map.of("entity", 1L, "source", 1L), stats.annotationsByKind());
		assertFalse(stats.annotationsByKind().containsKey("stance"));
	}

	private static org.sanad.model.TextSpan span(int begin, int end) {
		var s = Fixtures.F.createTextSpan();
		s.setBegin(begin);
		s.setEnd(end);
		return s;
	}
}
