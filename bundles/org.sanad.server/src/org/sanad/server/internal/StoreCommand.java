package org.sanad.server.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.sanad.cli.Arguments;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;
import org.sanad.store.StoreAddress;
import org.sanad.store.postgresql.internal.StoreCopy;

/**
 * {@code sanad store migrate --from h2:DATA-FOLDER --to postgresql://USER@HOST:PORT/DB}: moves a
 * whole store, history included, from a data folder's embedded H2 to a PostgreSQL database, and
 * checks every table's row count and checksum on both sides afterwards.
 */
@Component(service = Command.class)
public final class StoreCommand implements Command {

	@Override
	public String name() {
		return "store";
	}

	@Override
	public String summary() {
		return "Move a data folder's store to PostgreSQL, history included, and verify the copy";
	}

	@Override
	public String usage() {
		return "migrate --from h2:DATA-FOLDER --to postgresql://USER@HOST:PORT/DB [--password-file FILE]"
				+ "   (the password from " + StoreChoice.PASSWORD + " or --password-file)";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		Arguments args = Arguments.parse(arguments, Set.of(), Set.of("from", "to", "password-file"));
		if (!args.positional().equals(List.of("migrate"))) {
			throw new UsageException("say what to do: store migrate --from h2:DATA-FOLDER --to postgresql://...");
		}
		String from = args.option("from").orElseThrow(() -> new UsageException("--from h2:DATA-FOLDER is missing"));
		if (!from.startsWith("h2:") || from.length() == 3) {
			throw new UsageException("--from takes h2:DATA-FOLDER, the folder given to --data, not '" + from + "'");
		}
		String to = args.option("to").orElseThrow(() -> new UsageException("--to postgresql://USER@HOST:PORT/DB is missing"));
		StoreAddress target;
		try {
			target = StoreAddress.parse(to);
		} catch (IllegalArgumentException e) {
			throw new UsageException("--to: " + e.getMessage());
		}
		if (!target.scheme().equals("postgresql")) {
			throw new UsageException("--to takes a postgresql:// address, not '" + to + "'");
		}
		Path folder = Path.of(from.substring(3)).toAbsolutePath().normalize();
		char[] password = StoreChoice.password(args, System::getenv);
		context.err().printf("Copying the store of %s to %s%n", folder, target);
		StoreCopy.Report report;
		try {
			report = StoreCopy.fromH2(folder, target, password, line -> context.err().println("  " + line),
					Thread.currentThread()::isInterrupted);
		} finally {
			if (password != null) {
				java.util.Arrays.fill(password, '\0');
			}
		}
		context.out().println(report.outcome() == StoreCopy.Outcome.COPIED
				? "Copied and verified: every table has the same rows and checksum in " + target
				: "Nothing to do: " + target + " holds this store already (every table has the same rows and checksum)");
		context.out().printf("| table | rows | checksum (SHA-256 sum of rows) |%n|---|---|---|%n");
		for (StoreCopy.TableCheck table : report.tables()) {
			context.out().printf("| %s | %,d | %s |%n", table.table(), table.rows(), table.checksum());
		}
		context.err().printf("The store in %s stays as it was. From now on serve with --store %s, and back up "
				+ "PostgreSQL with pg_dump (backup and restore work on a data folder's H2 store).%n", folder, target);
		return ExitCode.OK;
	}
}
