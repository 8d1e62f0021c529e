package org.sanad.store.h2.internal;

import java.nio.file.Path;
import java.util.List;

import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.AnnotationChange;
import org.sanad.store.postgresql.internal.PostgreSQLStoreProvider;

/**
 * Run in a child JVM by {@link CrashDurabilityTest}: writes annotations to the store one user
 * action at a time, forever, printing {@code ACK <id>} after the store acknowledged each. Arguments:
 * the data folder, the document's id and, for a store on the PostgreSQL test server, its schema.
 */
public final class CrashWriter {

	public static void main(String[] args) {
		Path data = Path.of(args[0]);
		try (JdbcCorpusStore store = args.length > 2
				? PostgreSQLStoreProvider.open(TestServer.address(), null, args[2])
				: JdbcCorpusStore.open(data, new H2Dialect())) {
			Project project = store.project("Crash").orElseGet(() -> store.createProject("Crash", null, DefaultSchema.create()));
			String documentId = args[1];
			if (store.document(documentId).isEmpty()) {
				Document d = Fixtures.document("crash.txt", "نص للاختبار ".repeat(50));
				d.setId(documentId);
				store.addDocuments(project.getId(), List.of(d));
			}
			long revision = store.annotationSet(documentId, "writer").getRevision();
			System.out.println("READY " + revision);
			for (long n = revision;; n++) {
				String id = "a" + n;
				revision = store.apply(AnnotationChange.create(documentId, "writer", "writer", revision,
						Fixtures.entity(id, (int) (n % 100), (int) (n % 100) + 3, "PER")));
				System.out.println("ACK " + id);
			}
		}
	}

	private CrashWriter() {
	}
}
