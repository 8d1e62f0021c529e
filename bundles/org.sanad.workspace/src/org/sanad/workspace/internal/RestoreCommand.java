package org.sanad.workspace.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.cli.Arguments;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;
import org.sanad.store.StoreStatistics;
import org.sanad.workspace.Workspace;

/**
 * {@code sanad restore FILE}: the data folder's store replaced by a backup. Refused while the
 * workbench or another command has the store open; the replaced store stays beside it.
 */
@Component(service = Command.class)
public final class RestoreCommand implements Command {

	@Reference
	private Workspace workspace;

	@Override
	public String name() {
		return "restore";
	}

	@Override
	public String summary() {
		return "Replace the data folder's store with a backup (close the workbench first)";
	}

	@Override
	public String usage() {
		return "FILE";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		Arguments args = Arguments.parse(arguments, Set.of(), Set.of());
		if (args.positional().size() != 1) {
			throw new UsageException("restore takes one backup file");
		}
		Path backup = Path.of(args.positional().getFirst()).toAbsolutePath();
		Path kept = workspace.restore(backup);
		StoreStatistics counts = workspace.store().statistics();
		context.out().printf("Restored %d project%s, %d document%s, %d annotation set%s from %s%n", counts.projects(),
				BackupCommand.plural(counts.projects()), counts.documents(), BackupCommand.plural(counts.documents()),
				counts.annotationSets(), BackupCommand.plural(counts.annotationSets()), backup);
		if (kept != null) {
			context.out().println("The store it replaced is kept in " + kept);
		}
		return ExitCode.OK;
	}
}
