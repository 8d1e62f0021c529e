package org.sanad.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.model.Role;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.Account;
import org.sanad.store.Accounts;
import org.sanad.store.Member;
import org.sanad.store.ProjectLogEntry;
import org.sanad.store.StoreException;
import org.sanad.store.WorkStatus;

/** Accounts, members and assignments on a real H2 store. */
@ParameterizedClass
@EnumSource(Database.class)
class TeamStoreTest {

	@Parameter
	Database database;

	@TempDir
	Path data;

	private JdbcCorpusStore store;
	private Project project;
	private List<String> documents = new ArrayList<>();

	@BeforeEach
	void open() {
		store = database.open(data);
		project = store.createProject("team", null, DefaultSchema.create());
		List<Document> batch = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			batch.add(Fixtures.document("d" + i + ".txt", "نص رقم " + i));
		}
		store.addDocuments(project.getId(), batch);
		batch.forEach(d -> documents.add(d.getId()));
		for (String user : List.of("amal", "badr", "carla")) {
			store.accounts().add(user, null, false);
		}
	}

	@AfterEach
	void close() {
		if (store != null) { // null: skipped for want of a PostgreSQL server
			store.close();
		}
	}

	@Test
	void aPasswordIsKeptOnlyAsASaltedHashAndChecked() throws Exception {
		Accounts accounts = store.accounts();
		accounts.setPassword("amal", "correct horse battery".toCharArray());
		accounts.setPassword("badr", "correct horse battery".toCharArray());

		assertTrue(accounts.authenticate("amal", "correct horse battery".toCharArray()).isPresent());
		assertTrue(accounts.authenticate("amal", "correct horse batterY".toCharArray()).isEmpty());
		assertTrue(accounts.authenticate("nobody", "correct horse battery".toCharArray()).isEmpty());
		assertTrue(accounts.authenticate("carla", "".toCharArray()).isEmpty(), "no password, no sign-in");
		List<String> hashes = hashes();
		assertEquals(2, hashes.size());
		assertTrue(hashes.get(0).startsWith("pbkdf2-sha256$600000$"), hashes.get(0));
		assertFalse(hashes.get(0).contains("horse"));
		assertFalse(hashes.get(0).equals(hashes.get(1)), "each hash has its own salt");
	}

	/** The hashes as stored, read past the store API (which never hands them out). */
	private List<String> hashes() throws Exception {
		List<String> hashes = new ArrayList<>();
		try (Connection c = store.dataSource().getConnection(); ResultSet rows = c.createStatement().executeQuery(
				"SELECT password_hash FROM annotator WHERE password_hash IS NOT NULL ORDER BY id")) {
			while (rows.next()) {
				hashes.add(rows.getString(1));
			}
		}
		return hashes;
	}

	@Test
	void badNamesShortPasswordsAndTwinsAreRefused() {
		Accounts accounts = store.accounts();
		assertThrows(IllegalArgumentException.class, () -> accounts.add("a b", null, false));
		assertThrows(IllegalArgumentException.class, () -> accounts.add("", null, false));
		assertThrows(StoreException.class, () -> accounts.add("amal", null, false));
		assertThrows(IllegalArgumentException.class, () -> accounts.setPassword("amal", "short".toCharArray()));
		assertThrows(StoreException.class, () -> accounts.setPassword("nobody", "long enough here".toCharArray()));
	}

	@Test
	void aDisabledAccountCannotSignIn() {
		store.accounts().setPassword("amal", "long enough here".toCharArray());
		store.accounts().setDisabled("amal", true);

		assertTrue(store.accounts().authenticate("amal", "long enough here".toCharArray()).isEmpty());
		Account amal = store.accounts().find("amal").orElseThrow();
		assertTrue(amal.disabled() && amal.hasPassword());
	}

	@Test
	void membersHaveOneRoleEachAndChangesAreLogged() {
		store.setMember(project.getId(), "amal", Role.ANNOTATOR, "admin");
		store.setMember(project.getId(), "carla", Role.ANNOTATOR, "admin");
		store.setMember(project.getId(), "carla", Role.CURATOR, "admin");
		store.setMember(project.getId(), "amal", null, "admin");

		assertEquals(List.of(new Member("carla", Role.CURATOR)), store.members(project.getId()));
		assertThrows(StoreException.class, () -> store.setMember(project.getId(), "nobody", Role.CURATOR, "admin"));
		assertEquals(4, store.projectLog(project.getId(), Instant.EPOCH).stream()
				.filter(e -> e.action().equals(ProjectLogEntry.MEMBER)).count());
	}

	@Test
	void assignmentsKeepTheirStatusWhoChangedItAndGoWithTheirDocuments() {
		store.assign(project.getId(), documents.subList(0, 2), "amal", "carla");
		store.setWorkStatus(documents.get(0), "amal", WorkStatus.FINISHED, "amal");
		store.assign(project.getId(), documents.subList(0, 2), "amal", "carla"); // again: kept as it was

		assertEquals(WorkStatus.FINISHED, store.assignment(documents.get(0), "amal").orElseThrow().status());
		assertEquals("amal", store.assignment(documents.get(0), "amal").orElseThrow().changedBy());
		assertEquals(Optional.empty(), store.assignment(documents.get(2), "amal"));
		assertThrows(StoreException.class, () -> store.setWorkStatus(documents.get(2), "amal", WorkStatus.NEW, "x"));
		assertThrows(StoreException.class, () -> store.assign(project.getId(), List.of("elsewhere"), "amal", "x"));

		store.deleteDocuments(project.getId(), List.of(documents.get(0)), "admin");
		assertEquals(List.of(documents.get(1)), store.assignments(project.getId()).stream().map(a -> a.documentId())
				.toList());
		store.unassign(project.getId(), List.of(documents.get(1)), "amal", "carla");
		assertTrue(store.assignments(project.getId()).isEmpty());
	}

	@Test
	void aChangeSentAgainWithItsKeyIsAnsweredWithoutBeingAppliedTwice() {
		org.sanad.store.AnnotationChange change = new org.sanad.store.AnnotationChange(documents.get(0), "amal", "amal",
				0, List.of(Fixtures.entity(org.sanad.model.ids.TimeOrderedIds.next(), 0, 3, "PER")), List.of(),
				List.of(), null).withChangeId("key-1");

		long first = store.apply(change);
		long again = store.apply(change);

		assertEquals(first, again);
		assertEquals(1, store.annotationSet(documents.get(0), "amal").getAnnotations().size());
		assertEquals(1, store.audit(documents.get(0), "amal").size());
		assertThrows(StoreException.class, () -> store.apply(new org.sanad.store.AnnotationChange(documents.get(1),
				"amal", "amal", 0, List.of(), List.of(), List.of(), null, "key-1")), "a key names one set's change");
		store.deleteDocuments(project.getId(), List.of(documents.get(0)), "admin"); // keys go with their sets
	}

	@Test
	void theNextDocumentGoesToWhoAsksUntilEachHasItsAnnotators() {
		assertEquals(Optional.of(documents.get(0)), store.assignNext(project.getId(), "amal", 2, "amal"));
		assertEquals(Optional.of(documents.get(0)), store.assignNext(project.getId(), "badr", 2, "badr"));
		assertEquals(Optional.of(documents.get(1)), store.assignNext(project.getId(), "carla", 2, "carla"),
				"the first document has its two annotators");
		assertEquals(Optional.of(documents.get(1)), store.assignNext(project.getId(), "amal", 2, "amal"));
	}

	@Test
	void annotatorsAskingAtOnceNeverOverfillADocument() throws Exception {
		for (int i = 0; i < 6; i++) {
			store.accounts().add("a" + i, null, false);
		}
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			List<Future<Optional<String>>> asked = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				String user = "a" + i;
				asked.add(pool.submit(() -> store.assignNext(project.getId(), user, 2, user)));
			}
			for (Future<Optional<String>> f : asked) {
				assertTrue(f.get().isPresent());
			}
		} finally {
			pool.shutdown();
		}
		for (String document : documents.subList(0, 3)) {
			assertEquals(2, store.assignments(project.getId()).stream().filter(a -> a.documentId().equals(document))
					.count(), "two annotators for " + document);
		}
	}
}
