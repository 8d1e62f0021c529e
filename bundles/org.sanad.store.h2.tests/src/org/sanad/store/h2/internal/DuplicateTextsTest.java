package org.sanad.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.store.h2.internal.Fixtures.document;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.model.text.TextChecksum;
import org.sanad.store.CorpusStore;
import org.sanad.store.DuplicateDocumentException;

/**
 * Duplicate texts are found without a checksum index: also when another store on the same
 * database (another process, in the workbench's case) added them, and when two race.
 */
@ParameterizedClass
@EnumSource(Database.class)
class DuplicateTextsTest {

	@Parameter
	Database database;

	@TempDir
	Path data;

	private CorpusStore open() {
		return database.open(data);
	}

	@Test
	void aTextAnotherStoreAddedIsADuplicateHere() {
		try (CorpusStore a = open(); CorpusStore b = open()) {
			Project project = a.createProject("P", null, DefaultSchema.create());
			a.addDocuments(project.getId(), List.of(document("1.txt", "النص الأول")));
			String second = TextChecksum.of("النص الثاني");
			assertEquals(Map.of(), a.documentsByChecksum(project.getId(), List.of(second)), "a has looked");

			Document added = document("2.txt", "النص الثاني");
			b.addDocuments(project.getId(), List.of(added));
			assertEquals(Map.of(second, added.getId()), a.documentsByChecksum(project.getId(), List.of(second)));
			var error = assertThrows(DuplicateDocumentException.class,
					() -> a.addDocuments(project.getId(), List.of(document("copy.txt", "النص الثاني"))));
			assertEquals(added.getId(), error.existingDocumentId());

			a.addDocuments(project.getId(), List.of(document("3.txt", "النص الثالث")));
			assertEquals(List.of("1.txt", "2.txt", "3.txt"),
					b.documents(project.getId(), 0, 10).stream().map(Document::getOrigin).toList(),
					"both list the documents in the order they were committed");
		}
	}

	@Test
	void writersRacingWithTheSameTextStoreItOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try (CorpusStore a = open(); CorpusStore b = open()) {
			Project project = a.createProject("P", null, DefaultSchema.create());
			List<String> shared = new ArrayList<>();
			for (int round = 0; round < 20; round++) {
				shared.add(TextChecksum.of("نص مشترك " + round));
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<Boolean>> stored = new ArrayList<>();
				for (CorpusStore store : List.of(a, b)) {
					List<Document> batch = List.of(document("own.txt", "نص " + store.hashCode() + " " + round),
							document("shared.txt", "نص مشترك " + round));
					stored.add(pool.submit(() -> {
						start.await();
						try {
							store.addDocuments(project.getId(), batch);
							return true;
						} catch (DuplicateDocumentException e) {
							return false;
						}
					}));
				}
				assertTrue(stored.get(0).get() ^ stored.get(1).get(), "exactly one stores round " + round);
			}
			assertEquals(40, a.documentCount(project.getId()), "each round, the winner's two documents only");
			assertEquals(20, b.documentsByChecksum(project.getId(), shared).size());
		} finally {
			pool.shutdownNow();
		}
	}
}
