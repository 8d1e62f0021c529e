package org.sanad.workspace.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.cli.Arguments;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.store.CorpusStore;
import org.sanad.workspace.Workspace;

/** {@code sanad docs --project P}: a project's documents, in import order, without their texts. */
@Component(service = Command.class)
public final class DocsCommand implements Command {

	@Reference
	private Workspace workspace;

	@Override
	public String name() {
		return "docs";
	}

	@Override
	public String summary() {
		return "List a project's documents";
	}

	@Override
	public String usage() {
		return "--project P [--offset N] [--limit N]";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		Arguments args = Arguments.parse(arguments, Set.of(), Set.of("project", "offset", "limit"));
		String name = args.option("project").orElseThrow(() -> new UsageException("--project is required"));
		CorpusStore store = workspace.store();
		Project project = store.project(name)
				.orElseThrow(() -> new IllegalArgumentException("no project named '" + name + "'"));
		int offset = (int) args.number("offset", 0);
		int limit = (int) args.number("limit", 1000);
		List<Document> documents = store.documents(project.getId(), offset, limit);
		context.out().printf("%-36s  %4s  %7s  %s%n", "ID", "LANG", "CHARS", "TITLE");
		for (Document d : documents) {
			context.out().printf("%-36s  %4s  %7d  %s%n", d.getId(), d.getLanguage(), d.getLength(), d.getTitle());
		}
		long total = store.documentCount(project.getId());
		if (offset + documents.size() < total) {
			context.out().printf("(%d of %d shown; --offset %d for more)%n", documents.size(), total,
					offset + documents.size());
		}
		return ExitCode.OK;
	}
}
