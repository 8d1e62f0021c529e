package org.sanad.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.server.ServerOptions;
import org.sanad.store.CorpusStore;
import org.sanad.store.StoreException;
import org.sanad.store.remote.Fingerprints;
import org.sanad.store.remote.KnownServers;
import org.sanad.store.remote.ServerConnections;

/** Signing in over HTTPS: pinning, wrong passwords slowed down, disabled accounts shut out. */
class SignInTest {

	@TempDir
	static Path folder;

	static Team team;

	@BeforeAll
	static void start() {
		team = new Team(folder, ServerOptions.defaults().withHost("127.0.0.1").withPort(0)
				.withThrottleStep(Duration.ofMillis(1500)));
	}

	@AfterAll
	static void stop() {
		team.close();
	}

	@Test
	void theFirstConnectionPinsTheServersCertificateAndAnotherCertificateIsRefused() throws Exception {
		Path file = folder.resolve("pins").resolve("known-servers.properties");
		KnownServers known = new KnownServers(file);
		StringBuilder notices = new StringBuilder();

		ServerConnections.connect(team.uri(), "carla", Team.password("carla"), known, notices::append).close();

		String fingerprint = team.server.fingerprint().orElseThrow();
		assertEquals(fingerprint, known.pinned(team.uri()).orElseThrow());
		assertTrue(notices.toString().contains(fingerprint), notices.toString());
		assertEquals(java.util.Set.of(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
				java.nio.file.attribute.PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(
						folder.resolve("server/server/tls.secret")), "the key store's password is for the owner only");

		known.pin(team.uri(), Fingerprints.normalise("00".repeat(32)));
		StoreException refused = assertThrows(StoreException.class,
				() -> ServerConnections.connect(team.uri(), "carla", Team.password("carla"), known, m -> {
				}));
		assertTrue(refused.getMessage().contains("not the one pinned"), refused.getMessage());
	}

	@Test
	void afterThreeWrongPasswordsEvenTheRightOneWaitsItsTurn() throws Exception {
		for (int i = 0; i < 4; i++) {
			StoreException wrong = assertThrows(StoreException.class, () -> connect("badr", "not-badrs-password"));
			assertFalse(wrong.getMessage().contains("not-badrs-password"));
		}
		StoreException slowed = assertThrows(StoreException.class, () -> connect("badr", "badr-password"));
		assertTrue(slowed.getMessage().contains("Too many wrong passwords"), slowed.getMessage());

		Thread.sleep(3_200); // the wait after the fourth wrong one: 2 steps of 1.5 s

		connect("badr", "badr-password").close();
		connect("amal", "amal-password").close(); // another account was never slowed
	}

	@Test
	void aDisabledAccountCannotSignInAndItsSessionsEnd() {
		CorpusStore dina = connect("dina", "dina-password");
		CorpusStore admin = connect("admin", "admin-password");
		assertTrue(dina.projects().isEmpty());

		admin.accounts().setDisabled("dina", true);

		assertThrows(StoreException.class, () -> dina.projects(), "its session ended and it cannot sign in again");
		assertThrows(StoreException.class, () -> connect("dina", "dina-password"));
		admin.accounts().setDisabled("dina", false);
		connect("dina", "dina-password").close();
		admin.close();
	}

	@Test
	void anAccountChangesItsOwnPasswordButNoOneElses() {
		CorpusStore amal = connect("amal", "amal-password");
		amal.accounts().setPassword("amal", "amal-new-password".toCharArray());
		connect("amal", "amal-new-password").close();
		assertThrows(StoreException.class, () -> amal.accounts().setPassword("carla", "carla-gone-password".toCharArray()));
		amal.accounts().setPassword("amal", "amal-password".toCharArray());
		amal.close();
	}

	private static CorpusStore connect(String user, String password) {
		return ServerConnections.connect(team.uri(), user, password.toCharArray(), team.known(), m -> {
		});
	}
}
