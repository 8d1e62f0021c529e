package org.sanad.store.postgresql.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

import org.sanad.store.StoreAddress;
import org.sanad.store.StoreException;

/** What Sanad needs of a PostgreSQL server, checked once on opening so that it fails early and clearly. */
final class ServerChecks {

	/** PostgreSQL 12 is the oldest with everything the store's SQL uses. */
	static final int OLDEST_VERSION = 120000;

	private ServerChecks() {
	}

	static void require(Connection connection, StoreAddress address) throws SQLException {
		int version = connection.getMetaData().getDatabaseMajorVersion() * 10000;
		if (version < OLDEST_VERSION) {
			throw new StoreException("The PostgreSQL server at " + address + " is version "
					+ connection.getMetaData().getDatabaseProductVersion() + "; Sanad needs 12 or newer");
		}
		// Titles, names and audit entries are text columns: Arabic must survive them byte for byte.
		String encoding = setting(connection, "server_encoding");
		if (!"UTF8".equals(encoding.toUpperCase(Locale.ROOT))) {
			throw new StoreException("The database " + address.database() + " at " + address + " has the encoding "
					+ encoding + "; Sanad needs UTF8 (CREATE DATABASE ... ENCODING 'UTF8' TEMPLATE template0)");
		}
		// An acknowledged edit must survive a crash of the database server as of the process.
		if (!"on".equals(setting(connection, "fsync"))) {
			throw new StoreException("The PostgreSQL server at " + address + " runs with fsync off: acknowledged "
					+ "edits could be lost in a crash; Sanad refuses to keep its store there");
		}
	}

	private static String setting(Connection connection, String name) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SHOW " + name)) {
			row.next();
			return row.getString(1);
		}
	}
}
