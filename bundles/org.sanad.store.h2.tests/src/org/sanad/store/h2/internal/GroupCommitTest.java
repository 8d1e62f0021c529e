package org.sanad.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.AnnotationChange;
import org.sanad.store.ChangeOutcome;
import org.sanad.store.ConflictException;
import org.sanad.store.StoreException;
import org.sanad.store.UnknownNameException;

/**
 * Many writers at once share commits: each change still succeeds or fails on its own (a conflict
 * or a refused name in the same batch leaves the others stored), and every acknowledged change is
 * in its set and the audit exactly once, also after the store is closed and opened again.
 */
@ParameterizedClass
@EnumSource(Database.class)
class GroupCommitTest {

	@Parameter
	Database database;

	@TempDir
	Path data;

	private JdbcCorpusStore store;
	private final List<String> documents = new ArrayList<>();

	@BeforeEach
	void open() {
		store = database.open(data);
		Project project = store.createProject("busy", null, DefaultSchema.create());
		List<Document> batch = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			batch.add(Fixtures.document("d" + i + ".txt", "قال المتحدث باسم البنتاغون إن القوات باقية " + i));
		}
		store.addDocuments(project.getId(), batch);
		batch.forEach(d -> documents.add(d.getId()));
	}

	@AfterEach
	void close() {
		if (store != null) { // null: skipped for want of a PostgreSQL server
			store.close();
		}
	}

	@Test
	void concurrentWritersEachGetTheirOwnAnswerAndEveryAcknowledgedChangeIsStoredOnce() throws Exception {
		int writers = 8;
		int changes = 60;
		Map<String, List<String>> acknowledged = new ConcurrentHashMap<>();
		AtomicInteger conflicts = new AtomicInteger();
		AtomicInteger unknown = new AtomicInteger();
		List<Throwable> failures = new CopyOnWriteArrayList<>();
		CountDownLatch start = new CountDownLatch(1);
		List<Thread> threads = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			// writers 0-5 own a set each; 6 and 7 share the gold sets, so they conflict
			String owner = w < 6 ? "annotator" + w : null;
			int writer = w;
			threads.add(Thread.ofPlatform().start(() -> {
				try {
					start.await();
					for (int i = 0; i < changes; i++) {
						String document = documents.get(i % documents.size());
						long base = store.annotationSet(document, owner).getRevision();
						String id = UUID.randomUUID().toString();
						// now and then a label the schema does not have: refused alone
						String label = i % 17 == writer ? "NO-SUCH-LABEL" : "PER";
						try {
							store.apply(AnnotationChange.create(document, owner, "w" + writer, base,
									Fixtures.entity(id, i % 20, i % 20 + 3, label)));
							acknowledged.computeIfAbsent(document + "|" + owner, k -> new CopyOnWriteArrayList<>())
									.add(id);
						} catch (ConflictException e) {
							conflicts.incrementAndGet();
						} catch (UnknownNameException e) {
							unknown.incrementAndGet();
						}
					}
				} catch (Throwable e) {
					failures.add(e);
				}
			}));
		}
		start.countDown();
		for (Thread thread : threads) {
			thread.join();
		}
		assertEquals(List.of(), failures);
		assertTrue(unknown.get() > 0, "some changes were refused for their label");
		int acknowledgedCount = acknowledged.values().stream().mapToInt(List::size).sum();
		assertEquals(writers * changes - conflicts.get() - unknown.get(), acknowledgedCount);
		long[] counts = store.commitCounts();
		assertTrue(counts[0] < counts[1], "writers at once share commits: " + counts[0] + " commits for " + counts[1]
				+ " changes");

		store.close();
		store = database.open(data);
		for (Map.Entry<String, List<String>> entry : acknowledged.entrySet()) {
			String[] key = entry.getKey().split("\\|");
			String owner = key[1].equals("null") ? null : key[1];
			var set = store.annotationSet(key[0], owner);
			assertEquals(entry.getValue().size(), set.getAnnotations().size(), entry.getKey());
			assertTrue(set.getAnnotations().stream().allMatch(a -> entry.getValue().contains(a.getId())));
			assertEquals(entry.getValue().size(), set.getRevision(), "one revision per acknowledged change");
			assertEquals(entry.getValue().size(), store.audit(key[0], owner).size(), "audited once each");
		}
	}

	/**
	 * What an import of annotations does: many documents' changes given at once share commits, and
	 * each is still all or nothing on its own, its outcome in its place.
	 */
	@Test
	void changesGivenTogetherShareCommitsAndEachSucceedsOrFailsAlone() {
		List<AnnotationChange> changes = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			String document = documents.get(i % documents.size());
			String owner = "ann" + i;
			changes.add(AnnotationChange.create(document, owner, owner, 0, Fixtures.entity("t" + i, 0, 3, "PER"),
					Fixtures.entity("u" + i, 4, 7, "ORG")));
		}
		// A conflict (the set is at revision 0, not 3) and a label the schema does not have, among them
		changes.set(7, AnnotationChange.create(documents.get(3), "ann7", "ann7", 3, Fixtures.entity("t7", 0, 3, "PER")));
		changes.set(21, AnnotationChange.create(documents.get(1), "ann21", "ann21", 0, Fixtures.entity("t21", 0, 3, "NOPE")));
		long[] before = store.commitCounts();

		List<ChangeOutcome> outcomes = store.applyAll(changes);

		assertEquals(40, outcomes.size());
		for (int i = 0; i < 40; i++) {
			if (i == 7 || i == 21) {
				assertTrue(!outcomes.get(i).isApplied(), "change " + i);
			} else {
				assertEquals(1, outcomes.get(i).revision(), "change " + i);
			}
		}
		assertInstanceOf(ConflictException.class, outcomes.get(7).failure());
		assertInstanceOf(UnknownNameException.class, outcomes.get(21).failure());
		long[] after = store.commitCounts();
		assertEquals(40, after[1] - before[1], "changes given to the commit thread");
		assertTrue(after[0] - before[0] < 10, (after[0] - before[0]) + " commits for 40 changes");
		store.close();
		store = database.open(data);
		for (int i = 0; i < 40; i++) {
			String document = documents.get(i % documents.size());
			int expected = i == 7 || i == 21 ? 0 : 2;
			assertEquals(expected, store.annotationSet(document, "ann" + i).getAnnotations().size(), "set of ann" + i);
			assertEquals(expected, store.audit(document, "ann" + i).size(), "audit of ann" + i);
		}
	}

	@Test
	void aClosedStoreRefusesChangesInsteadOfWaitingForever() {
		store.close();
		assertThrows(StoreException.class, () -> store.apply(AnnotationChange.create(documents.get(0), "ann", "ann", 0,
				Fixtures.entity("e1", 0, 3, "PER"))));
		store = database.open(data); // for close()
	}
}
