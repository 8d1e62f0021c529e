package org.sanad.store.postgresql.internal;

import java.nio.file.Path;
import java.sql.SQLException;

import org.osgi.service.component.annotations.Component;
import org.sanad.store.CorpusStore;
import org.sanad.store.CorpusStoreProvider;
import org.sanad.store.StoreAddress;
import org.sanad.store.StoreException;
import org.sanad.store.h2.internal.JdbcCorpusStore;

/**
 * Stores on a PostgreSQL server, for a team's Sanad server ({@code sanad serve --store
 * postgresql://USER@HOST:PORT/DB}). Ranked below H2, so a data folder's store stays embedded.
 */
@Component(service = CorpusStoreProvider.class, property = "service.ranking:Integer=-10")
public final class PostgreSQLStoreProvider implements CorpusStoreProvider {

	@Override
	public String name() {
		return "postgresql";
	}

	@Override
	public CorpusStore open(Path dataDirectory) {
		throw new UnsupportedOperationException("A PostgreSQL store lives on a database server, not in " + dataDirectory
				+ ": open it by its address, postgresql://USER@HOST:PORT/DB");
	}

	@Override
	public CorpusStore open(StoreAddress address, char[] password) {
		return open(address, password, null);
	}

	/** Opens the store whose tables are in {@code schema} (tests give each store its own). */
	public static JdbcCorpusStore open(StoreAddress address, char[] password, String schema) {
		if (!"postgresql".equals(address.scheme())) {
			throw new IllegalArgumentException("Not a PostgreSQL address: " + address);
		}
		PostgreSQLDialect dialect = new PostgreSQLDialect();
		try {
			return JdbcCorpusStore.open(dialect, dialect.connect(address, password, schema), "at " + address);
		} catch (SQLException e) {
			throw new StoreException("Cannot open the store at " + address + ": " + e.getMessage(), e,
					dialect.isTransient(e));
		}
	}
}
