package org.sanad.workspace.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.cli.Arguments;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.model.Project;
import org.sanad.store.CorpusStore;
import org.sanad.workspace.Workspace;

/** {@code sanad projects}: every project with its document count and schema version. */
@Component(service = Command.class)
public final class ProjectsCommand implements Command {

	@Reference
	private Workspace workspace;

	@Override
	public String name() {
		return "projects";
	}

	@Override
	public String summary() {
		return "List the projects";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		Arguments.parse(arguments, Set.of(), Set.of());
		CorpusStore store = workspace.store();
		List<Project> projects = store.projects();
		if (projects.isEmpty()) {
			context.out().println("No projects yet: ./sanad import <files> --project NAME");
			return ExitCode.OK;
		}
		int width = Math.max(7, projects.stream().mapToInt(p -> p.getName().length()).max().orElse(0));
		context.out().printf("%-" + width + "s  %9s  %6s  %s%n", "PROJECT", "DOCUMENTS", "SCHEMA", "ID");
		for (Project p : projects) {
			context.out().printf("%-" + width + "s  %9d  %6s  %s%n", p.getName(), store.documentCount(p.getId()),
					"v" + p.getSchema().getVersion(), p.getId());
		}
		return ExitCode.OK;
	}
}
