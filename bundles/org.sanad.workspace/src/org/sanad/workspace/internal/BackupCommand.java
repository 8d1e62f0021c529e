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

/** {@code sanad backup --out FILE}: a consistent copy of the store, also while the workbench runs. */
@Component(service = Command.class)
public final class BackupCommand implements Command {

	@Reference
	private Workspace workspace;

	@Override
	public String name() {
		return "backup";
	}

	@Override
	public String summary() {
		return "Copy the data folder's store to a file, while Sanad runs";
	}

	@Override
	public String usage() {
		return "--out FILE";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		Arguments args = Arguments.parse(arguments, Set.of(), Set.of("out"));
		if (!args.positional().isEmpty()) {
			throw new UsageException("backup takes no names, only --out FILE");
		}
		Path out = Path.of(args.option("out").orElseThrow(() -> new UsageException("--out FILE is required")))
				.toAbsolutePath();
		StoreStatistics counts = workspace.store().statistics();
		workspace.store().backup(out);
		context.out().printf("Backed up %d project%s, %d document%s, %d annotation set%s to %s%n", counts.projects(),
				plural(counts.projects()), counts.documents(), plural(counts.documents()), counts.annotationSets(),
				plural(counts.annotationSets()), out);
		return ExitCode.OK;
	}

	static String plural(long count) {
		return count == 1 ? "" : "s";
	}
}
