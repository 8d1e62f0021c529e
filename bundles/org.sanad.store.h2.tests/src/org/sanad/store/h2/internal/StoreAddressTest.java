package org.sanad.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.sanad.store.StoreAddress;
import org.sanad.store.postgresql.internal.PostgreSQLDialect;

/** Store addresses as users write them, and what the PostgreSQL dialect counts as worth trying again. */
class StoreAddressTest {

	@Test
	void anAddressNamesUserHostPortAndDatabase() {
		StoreAddress address = StoreAddress.parse("postgresql://sanad@db.example.org:6543/annotations");
		assertEquals(new StoreAddress("postgresql", "sanad", "db.example.org", 6543, "annotations"), address);
		assertEquals("postgresql://sanad@db.example.org:6543/annotations", address.toString());
		assertEquals(5432, StoreAddress.parse("postgresql://sanad@localhost/sanad").port(), "PostgreSQL's usual port");
	}

	@Test
	void aPasswordInTheAddressIsRefusedWithoutEchoingIt() {
		var refused = assertThrows(IllegalArgumentException.class,
				() -> StoreAddress.parse("postgresql://sanad:s3cret@localhost:5432/sanad"));
		assertFalse(refused.getMessage().contains("s3cret"), refused.getMessage());
		assertTrue(refused.getMessage().contains("SANAD_STORE_PASSWORD"), refused.getMessage());
	}

	@Test
	void missingPartsAreNamed() {
		assertTrue(assertThrows(IllegalArgumentException.class, () -> StoreAddress.parse("postgresql://localhost/sanad"))
				.getMessage().contains("no user"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> StoreAddress.parse("postgresql://sanad@localhost"))
				.getMessage().contains("no database"));
		assertTrue(assertThrows(IllegalArgumentException.class, () -> StoreAddress.parse("h2"))
				.getMessage().contains("Not a store address"));
	}

	@Test
	void connectionLossesAndDeadlocksAreTransientRefusalsAreNot() {
		PostgreSQLDialect dialect = new PostgreSQLDialect();
		assertTrue(dialect.isTransient(new SQLException("connection refused", "08001")));
		assertTrue(dialect.isTransient(new SQLException("deadlock detected", "40P01")));
		assertTrue(dialect.isTransient(new SQLException("disk full", "53100")));
		assertTrue(dialect.isTransient(new SQLException("server shutting down", "57P01")));
		assertFalse(dialect.isTransient(new SQLException("duplicate key", "23505")));
		assertFalse(dialect.isTransient(new SQLException("value too long", "22001")));
		assertFalse(dialect.isLockedByAnotherProcess(new SQLException("x", "55P03")));
	}
}
