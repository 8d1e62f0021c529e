package org.sanad.server.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import org.sanad.cli.Arguments;
import org.sanad.cli.UsageException;
import org.sanad.store.CorpusStore;
import org.sanad.store.CorpusStoreProvider;
import org.sanad.store.StoreAddress;

/**
 * Which store a server command works on: {@code --store h2} (the default) is the data folder's
 * embedded store; {@code --store postgresql://USER@HOST:PORT/DB} one on a database server, its
 * password from {@value #PASSWORD} or the file {@code --password-file} names, never an argument.
 */
final class StoreChoice {

	/** Environment variable with the database account's password. */
	static final String PASSWORD = "SANAD_STORE_PASSWORD";

	/** How the two options read in a command's usage. */
	static final String USAGE = "[--store h2 | --store postgresql://USER@HOST:PORT/DB [--password-file FILE]]";

	private StoreChoice() {
	}

	/** @return a command's own options and the two this adds, {@code --store} and {@code --password-file} */
	static Set<String> withOptions(String... own) {
		Set<String> all = new java.util.HashSet<>(List.of(own));
		all.addAll(List.of("store", "password-file"));
		return all;
	}

	/** @return the address given with {@code --store}, or empty for the data folder's store */
	static Optional<StoreAddress> address(Arguments args) {
		String store = args.option("store").orElse("h2");
		if (store.equals("h2")) {
			if (args.option("password-file").isPresent()) {
				throw new UsageException("--password-file goes with --store postgresql://..., not with the data folder's store");
			}
			return Optional.empty();
		}
		try {
			return Optional.of(StoreAddress.parse(store));
		} catch (IllegalArgumentException e) {
			throw new UsageException("--store: " + e.getMessage());
		}
	}

	/** Opens the store at {@code address} with the provider named by its scheme. */
	static CorpusStore open(StoreAddress address, Arguments args, List<CorpusStoreProvider> providers,
			UnaryOperator<String> environment) {
		CorpusStoreProvider provider = providers.stream().filter(p -> p.name().equals(address.scheme())).findFirst()
				.orElseThrow(() -> new UsageException("--store: no store of kind '" + address.scheme()
						+ "' is installed; Sanad has " + providers.stream().map(CorpusStoreProvider::name).sorted().toList()));
		char[] password = password(args, environment);
		try {
			return provider.open(address, password);
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
		}
	}

	/**
	 * The file's first line, as libpq takes a password file: refused when others may read it. Else
	 * the environment variable; else none (the server trusts this account, or asks no password).
	 */
	static char[] password(Arguments args, UnaryOperator<String> environment) {
		Optional<String> file = args.option("password-file");
		if (file.isEmpty()) {
			String value = environment.apply(PASSWORD);
			return value == null || value.isEmpty() ? null : value.toCharArray();
		}
		Path path = Path.of(file.get());
		try {
			if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
				Set<PosixFilePermission> modes = Files.getPosixFilePermissions(path);
				if (modes.contains(PosixFilePermission.GROUP_READ) || modes.contains(PosixFilePermission.OTHERS_READ)) {
					throw new UsageException("--password-file " + path + " may be read by others: chmod 600 " + path);
				}
			}
			List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
			if (lines.isEmpty() || lines.get(0).isEmpty()) {
				throw new UsageException("--password-file " + path + " is empty: its first line is the password");
			}
			return lines.get(0).toCharArray();
		} catch (NoSuchFileException e) {
			throw new UsageException("--password-file " + path + " does not exist");
		} catch (IOException e) {
			throw new UsageException("--password-file " + path + " cannot be read: " + e.getMessage());
		}
	}
}
