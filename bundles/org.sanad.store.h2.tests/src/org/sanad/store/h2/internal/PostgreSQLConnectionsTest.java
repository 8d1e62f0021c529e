package org.sanad.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sanad.store.h2.internal.Fixtures.entity;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.AnnotationChange;
import org.sanad.store.StoreException;

/**
 * What only a database server does: it drops connections (a restart, a failover, an administrator's
 * pg_terminate_backend). The store says so as a failure worth trying again, and then works again
 * with new connections, without a restart of Sanad.
 */
class PostgreSQLConnectionsTest {

	@TempDir
	Path data;

	private JdbcCorpusStore store;
	private String documentId;

	@BeforeEach
	void open() {
		store = Database.POSTGRESQL.open(data);
		Project project = store.createProject("P", null, DefaultSchema.create());
		Document d = Fixtures.document("d.txt", "قال المتحدث إن القوات باقية");
		store.addDocuments(project.getId(), List.of(d));
		documentId = d.getId();
	}

	@AfterEach
	void close() {
		if (store != null) {
			store.close();
		}
	}

	@Test
	void droppedConnectionsAreReplacedAndTheFailureIsTransient() throws Exception {
		long revision = store.apply(AnnotationChange.create(documentId, "ann", "ann", 0, entity("e1", 0, 3, "PER")));
		List<Thread> readers = new java.util.ArrayList<>();
		for (int i = 0; i < 8; i++) { // readers at once: the pool holds several connections
			readers.add(Thread.ofPlatform().start(() -> {
				for (int j = 0; j < 50; j++) {
					store.annotationSet(documentId, "ann");
				}
			}));
		}
		for (Thread reader : readers) {
			reader.join();
		}
		int dropped = terminateSanadConnections();
		assertTrue(dropped > 1, "the store held connections: " + dropped);
		Thread.sleep(1_000); // as a restart would take

		int transientFailures = 0;
		long next = -1;
		for (int attempt = 0; attempt < 20 && next < 0; attempt++) {
			try {
				next = store.apply(AnnotationChange.create(documentId, "ann", "ann", revision,
						entity("e2", 4, 10, "ORG")));
			} catch (StoreException e) {
				assertTrue(e.isTransient(), "a dropped connection is worth trying again: " + e.getMessage());
				transientFailures++;
			}
		}
		assertEquals(revision + 1, next, "works again after " + transientFailures + " failures");
		// H2's pool, used here before, handed each dead connection out until it failed: 16 failures
		// for 8 dropped connections. The pool must check a connection before handing it out.
		assertTrue(transientFailures < dropped, transientFailures + " failures for " + dropped + " dropped connections");
		System.out.println(dropped + " connections dropped: " + transientFailures + " transient failures, then stored");
		assertEquals(2, store.annotationSet(documentId, "ann").getAnnotations().size());
		assertEquals(2, store.audit(documentId, "ann").size(), "each change stored once");
	}

	/** @return how many of the store's connections the server dropped */
	private static int terminateSanadConnections() throws Exception {
		try (Connection admin = TestServer.connect(); Statement s = admin.createStatement();
				ResultSet rows = s.executeQuery("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
						+ " WHERE application_name = 'Sanad' AND pid <> pg_backend_pid()")) {
			rows.next();
			return rows.getInt(1);
		}
	}
}
