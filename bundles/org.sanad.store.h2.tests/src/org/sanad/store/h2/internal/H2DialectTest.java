package org.sanad.store.h2.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;

/** Which failures are worth trying again: the editor's committer retries only those by itself. */
class H2DialectTest {

	private final H2Dialect dialect = new H2Dialect();

	private boolean isTransient(String state, int code) {
		return dialect.isTransient(new SQLException("test", state, code));
	}

	@Test
	void anUnreachableBusyOrUnwritableDatabaseIsWorthTryingAgain() {
		assertTrue(isTransient("08006", 0), "connection failure");
		assertTrue(isTransient("40001", ErrorCode.DEADLOCK_1), "deadlock");
		assertTrue(isTransient("HYT00", ErrorCode.LOCK_TIMEOUT_1), "lock timeout");
		assertTrue(isTransient("90028", ErrorCode.IO_EXCEPTION_1), "a failed write, such as a full disk");
		assertTrue(isTransient("90067", ErrorCode.CONNECTION_BROKEN_1), "broken connection");
	}

	@Test
	void aRefusalOfTheWorkItselfIsNot() {
		assertFalse(isTransient("22001", ErrorCode.VALUE_TOO_LONG_2), "value too long");
		assertFalse(isTransient("23505", ErrorCode.DUPLICATE_KEY_1), "duplicate key");
		assertFalse(isTransient("23506", ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1), "missing parent");
		assertFalse(isTransient("42S02", ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1), "a statement that cannot work");
		assertFalse(dialect.isTransient(new SQLException("no state")));
	}
}
