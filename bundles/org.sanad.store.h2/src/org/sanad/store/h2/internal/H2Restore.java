package org.sanad.store.h2.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.h2.api.ErrorCode;
import org.h2.tools.Restore;
import org.sanad.store.StoreException;

/**
 * Puts an H2 backup in place of a data folder's store: unpacked and opened beside it first (a file
 * that is no Sanad backup fails there, with the store untouched), then swapped in by renames; the
 * old store stays beside it.
 */
final class H2Restore {

	private static final String FILE = H2Dialect.DATABASE + ".mv.db";

	private H2Restore() {
	}

	static Path restore(Path dataDirectory, Path backup) {
		Path store = dataDirectory.resolve(JdbcCorpusStore.FOLDER);
		requireBackup(backup);
		requireClosed(store); // fails early; checked again just before the swap
		Path fresh = dataDirectory.resolve(JdbcCorpusStore.FOLDER + ".restoring");
		try {
			deleteTree(fresh);
			Files.createDirectories(fresh);
			Restore.execute(backup.toString(), fresh.toString(), H2Dialect.DATABASE);
			if (!Files.exists(fresh.resolve(FILE))) {
				throw new StoreException(backup + " holds no Sanad store (no " + FILE + " in it)");
			}
			upgrade(fresh); // an older backup is brought up to this version before it goes in
			requireClosed(store); // unpacking took a while: whoever opened the store since wins
			return swap(dataDirectory, store, fresh);
		} catch (IOException e) {
			deleteQuietly(fresh);
			throw new StoreException("Cannot restore " + backup + " into " + store + ": " + e.getMessage(), e);
		} catch (RuntimeException e) {
			deleteQuietly(fresh);
			throw e instanceof StoreException s ? s
					: new StoreException("Cannot restore " + backup + ": " + e.getMessage(), e);
		}
	}

	/** Moves the old store aside and the restored one in; puts the old one back if the second move fails. */
	private static Path swap(Path dataDirectory, Path store, Path fresh) throws IOException {
		Path kept = null;
		if (Files.exists(store)) {
			kept = dataDirectory.resolve(JdbcCorpusStore.FOLDER + ".before-restore-"
					+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
			Files.move(store, kept, StandardCopyOption.ATOMIC_MOVE);
		}
		try {
			Files.move(fresh, store, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			if (kept != null) {
				try {
					Files.move(kept, store, StandardCopyOption.ATOMIC_MOVE);
				} catch (IOException back) {
					e.addSuppressed(back);
					throw new StoreException("The restored store could not be moved in, nor the old one back: it is in "
							+ kept + "; rename that folder to " + store.getFileName(), e);
				}
			}
			throw e;
		}
		return kept;
	}

	private static void requireBackup(Path backup) {
		if (!Files.isRegularFile(backup)) {
			throw new StoreException("No backup file " + backup);
		}
		try (ZipFile zip = new ZipFile(backup.toFile())) {
			if (zip.getEntry(FILE) == null) {
				throw new StoreException(backup + " is not a Sanad backup: it holds no " + FILE);
			}
			// H2 unpacks every entry named like the database under the folder given: a name with a
			// path in it would be written outside that folder
			zip.stream().map(java.util.zip.ZipEntry::getName)
					.filter(name -> name.contains("/") || name.contains("\\") || name.contains("..")).findFirst()
					.ifPresent(name -> {
						throw new StoreException(backup + " is not a Sanad backup: it holds an entry with a path, " + name);
					});
		} catch (IOException e) {
			throw new StoreException(backup + " is not a Sanad backup (not a zip file: " + e.getMessage() + ")", e);
		}
	}

	private static void upgrade(Path folder) {
		H2Dialect dialect = new H2Dialect();
		javax.sql.DataSource dataSource;
		try {
			dataSource = dialect.open(folder);
		} catch (SQLException e) {
			throw new StoreException("The backup does not open as a database: " + e.getMessage(), e);
		}
		try (Connection connection = dataSource.getConnection()) {
			Migrations.upgrade(connection, dialect);
		} catch (SQLException e) {
			throw new StoreException("The backup is not a Sanad store: " + e.getMessage(), e);
		} finally {
			dialect.close(dataSource);
		}
	}

	/** Opening the file without H2's automatic server fails while any process has it open. */
	private static void requireClosed(Path store) {
		if (!Files.exists(store.resolve(FILE))) {
			return;
		}
		if (JdbcCorpusStore.isOpenHere(store)) {
			throw new StoreException("The store in " + store + " is in use: close it, then restore");
		}
		String url = "jdbc:h2:file:" + store.resolve(H2Dialect.DATABASE).toAbsolutePath() + ";IFEXISTS=TRUE";
		org.h2.jdbcx.JdbcDataSource source = new org.h2.jdbcx.JdbcDataSource();
		source.setURL(url);
		source.setUser("sanad");
		try (Connection probe = source.getConnection()) {
			probe.createStatement().execute("SELECT 1");
		} catch (SQLException e) {
			if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1 || e.getMessage().contains("already in use")) {
				throw new StoreException("The store in " + store
						+ " is in use: close the workbench and other Sanad commands, then restore", e);
			}
			throw new StoreException("Cannot check the store in " + store + ": " + e.getMessage(), e);
		}
	}

	private static void deleteQuietly(Path folder) {
		try {
			deleteTree(folder);
		} catch (IOException e) {
			// the next restore clears it
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
