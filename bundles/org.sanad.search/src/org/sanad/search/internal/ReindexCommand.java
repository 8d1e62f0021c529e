package org.sanad.search.internal;

import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.cli.Arguments;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.model.Project;
import org.sanad.search.CorpusSearch;
import org.sanad.workspace.Workspace;

/** {@code sanad reindex [--project P]}: rebuilds search indexes from the store. */
@Component(service = Command.class)
public final class ReindexCommand implements Command {

	@Reference
	private Workspace workspace;
	@Reference
	private CorpusSearch search;

	@Override
	public String name() {
		return "reindex";
	}

	@Override
	public String summary() {
		return "Rebuild the search index of a project, or of all, from the store";
	}

	@Override
	public String usage() {
		return "[--project P]";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		Arguments args = Arguments.parse(arguments, Set.of(), Set.of("project"));
		List<Project> projects = args.option("project")
				.map(name -> List.of(workspace.store().project(name)
						.orElseThrow(() -> new IllegalArgumentException("no project named '" + name + "'"))))
				.orElseGet(() -> workspace.store().projects());
		for (Project project : projects) {
			long started = System.nanoTime();
			search.reindex(project, new NullProgressMonitor());
			context.out().printf("Indexed %s: %d documents in %d ms%n", project.getName(),
					workspace.store().documentCount(project.getId()), (System.nanoTime() - started) / 1_000_000);
		}
		return ExitCode.OK;
	}
}
