package org.sanad.workspace.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.cli.Arguments;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;
import org.sanad.model.Project;
import org.sanad.store.CorpusStore;
import org.sanad.workspace.Workspace;

/**
 * {@code sanad delete --project P --document ID[,ID...]|--whole-project --yes}: documents, or the whole project, with
 * their annotations; recorded in the project's log. {@code --yes} is the confirmation a script
 * gives.
 */
@Component(service = Command.class)
public final class DeleteCommand implements Command {

	@Reference
	private Workspace workspace;

	@Override
	public String name() {
		return "delete";
	}

	@Override
	public String summary() {
		return "Delete documents of a project, or the project, with their annotations";
	}

	@Override
	public String usage() {
		return "--project P (--document ID[,ID...] | --whole-project) --yes";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		Arguments args = Arguments.parse(arguments, Set.of("yes", "whole-project"), Set.of("project", "document"));
		if (!args.positional().isEmpty()) {
			throw new UsageException("delete takes --project and --document, not " + args.positional());
		}
		String name = args.option("project").orElseThrow(() -> new UsageException("--project is required"));
		CorpusStore store = workspace.store();
		Project project = store.project(name).orElseThrow(() -> new IllegalArgumentException("no project '" + name + "'"));
		List<String> documents = new ArrayList<>();
		args.option("document").ifPresent(ids -> {
			for (String id : ids.split(",")) {
				if (!id.isBlank()) {
					documents.add(id.strip());
				}
			}
		});
		if (documents.isEmpty() == !args.flag("whole-project")) {
			throw new UsageException("name the documents to delete (--document ID,ID) or --whole-project, not both");
		}
		if (!args.flag("yes")) {
			throw new UsageException("deleting cannot be undone: add --yes to confirm (or make a backup first: sanad"
					+ " backup --out FILE)");
		}
		String actor = System.getProperty("sanad.annotator", System.getProperty("user.name", "delete"));
		if (documents.isEmpty()) {
			long count = store.documentCount(project.getId());
			store.deleteProject(project.getId(), actor);
			context.out().printf("Deleted project '%s' with %d document%s%n", project.getName(), count,
					BackupCommand.plural(count));
		} else {
			store.deleteDocuments(project.getId(), documents, actor);
			context.out().printf("Deleted %d document%s from '%s'%n", documents.size(),
					BackupCommand.plural(documents.size()), project.getName());
		}
		return ExitCode.OK;
	}
}
