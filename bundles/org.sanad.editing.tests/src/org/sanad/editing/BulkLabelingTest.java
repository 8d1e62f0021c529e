package org.sanad.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.editing.BulkLabeling.Target;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.SanadFactory;

/** Labelling by example across two documents of a real H2 store, undone and redone as one. */
class BulkLabelingTest {

	private static final String SECOND = "نفى البنتاغون الخبر، وقال البنتاغون إن القوات باقية.";

	@TempDir
	Path folder;

	private StoreFixture fixture;
	private String second;
	/** Sessions as a workbench keeps them: one per document, counted. */
	private final Map<String, AnnotationSession> open = new HashMap<>();
	private final Map<String, Integer> holders = new HashMap<>();
	private final BulkLabeling.Sessions sessions = new BulkLabeling.Sessions() {
		@Override
		public AnnotationSession acquire(String documentId) {
			holders.merge(documentId, 1, Integer::sum);
			return open.computeIfAbsent(documentId, id -> AnnotationSession.open(fixture.real, id, "ann"));
		}

		@Override
		public void release(AnnotationSession session) {
			String id = session.document().getId();
			if (holders.merge(id, -1, Integer::sum) == 0) {
				open.remove(id).close();
			}
		}
	};
	private final BulkLabeling.Progress progress = new BulkLabeling.Progress() {
		@Override
		public void documentDone(int done, int total) {
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	};

	@BeforeEach
	void store() {
		fixture = new StoreFixture(folder);
		Document d = SanadFactory.eINSTANCE.createDocument();
		d.setTitle("second");
		d.setOrigin("second.txt");
		d.setLanguage("ar");
		d.setText(SECOND);
		fixture.real.addDocuments(fixture.project.getId(), List.of(d));
		second = d.getId();
	}

	@AfterEach
	void close() {
		open.values().forEach(AnnotationSession::close);
		fixture.close();
	}

	private List<Target> everyPentagon() {
		String word = "البنتاغون";
		return List.of(new Target(fixture.documentId, StoreFixture.at(word), StoreFixture.at(word) + word.length()),
				new Target(fixture.documentId, StoreFixture.at("اتصل"), StoreFixture.at("اتصل") + 4),
				new Target(second, SECOND.indexOf(word), SECOND.indexOf(word) + word.length()),
				new Target(second, SECOND.lastIndexOf(word), SECOND.lastIndexOf(word) + word.length()));
	}

	private List<String> stored(String documentId) throws InterruptedException {
		AnnotationSession session = open.get(documentId);
		if (session != null) {
			assertTrue(session.flush(Duration.ofSeconds(10)), session.commitState().toString());
		}
		String text = documentId.equals(second) ? SECOND : StoreFixture.TEXT;
		return fixture.real.annotationSet(documentId, "ann").getAnnotations().stream()
				.map(a -> (EntityMention) a).map(m -> m.getLabel() + ":" + text.substring(m.getBegin(), m.getEnd()))
				.toList();
	}

	@Test
	void everySpanIsLabelledInItsDocumentAndUndoneAndRedoneAsOne() throws Exception {
		// the second document is open in an editor that already labelled the first mention
		AnnotationSession editor = sessions.acquire(second);
		new AnnotationActions(editor).labelEntity(SECOND.indexOf("البنتاغون"),
				SECOND.indexOf("البنتاغون") + 9, "ORG");

		BulkEdit bulk = BulkLabeling.apply(everyPentagon(), "ORG", sessions, Runnable::run, progress);
		assertEquals(2, bulk.labelled());
		assertEquals(1, bulk.alreadyLabelled(), "the editor's own label is not doubled");
		assertEquals(1, bulk.inBoilerplate(), "the navigation line is not annotated");
		assertEquals(2, bulk.documents());
		assertEquals(List.of("ORG:البنتاغون"), stored(fixture.documentId));
		assertEquals(List.of("ORG:البنتاغون", "ORG:البنتاغون"), stored(second));
		assertTrue(bulk.summary().contains("labelled 2 × ORG in 2 documents"), bulk.summary());

		bulk.undo();
		assertEquals(List.of(), stored(fixture.documentId));
		assertEquals(List.of("ORG:البنتاغون"), stored(second), "the editor's earlier label stays");
		bulk.redo();
		assertEquals(List.of("ORG:البنتاغون"), stored(fixture.documentId));
		assertEquals(2, stored(second).size());

		bulk.release();
		assertFalse(open.containsKey(fixture.documentId), "a session opened for the bulk edit is closed");
		assertTrue(open.containsKey(second), "the editor's session stays open");
		sessions.release(editor);
	}

	@Test
	void undoIsRefusedWholeWhenADocumentWasEditedSince() throws Exception {
		BulkEdit bulk = BulkLabeling.apply(everyPentagon(), "ORG", sessions, Runnable::run, progress);
		AnnotationSession first = open.get(fixture.documentId);
		new AnnotationActions(first).labelEntity(StoreFixture.at("رايدر"), StoreFixture.at("رايدر") + 5, "PER");
		EditRefusedException refused = assertThrows(EditRefusedException.class, bulk::undo);
		assertTrue(refused.getMessage().contains("doc"), refused.getMessage());
		assertFalse(bulk.isUndone());
		assertEquals(2, stored(second).size(), "nothing was undone anywhere");
		assertEquals(2, stored(fixture.documentId).size());
		bulk.release();
	}

	@Test
	void anUnknownLabelChangesNothing() throws Exception {
		BulkLabelingException e = assertThrows(BulkLabelingException.class,
				() -> BulkLabeling.apply(everyPentagon(), "WEAPON", sessions, Runnable::run, progress));
		assertTrue(e.getMessage().contains("'WEAPON' is not an entity label"), e.getMessage());
		assertEquals(0, e.partial().labelled());
		assertTrue(open.isEmpty(), "every session given back");
		assertEquals(List.of(), stored(fixture.documentId));
		assertEquals(List.of(), stored(second));
	}
}
