package org.sanad.workspace.internal;

import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.cli.Arguments;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.model.schema.Layers;
import org.sanad.store.StoreStatistics;
import org.sanad.workspace.Workspace;

/** {@code sanad stats}: what the store holds. */
@Component(service = Command.class)
public final class StatsCommand implements Command {

	@Reference
	private Workspace workspace;

	@Override
	public String name() {
		return "stats";
	}

	@Override
	public String summary() {
		return "Count projects, documents and annotations";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		Arguments.parse(arguments, Set.of(), Set.of());
		StoreStatistics stats = workspace.store().statistics();
		var out = context.out();
		out.println("Data folder      " + workspace.dataDirectory());
		out.println("Projects         " + stats.projects());
		out.println("Documents        " + stats.documents());
		out.println("Annotation sets  " + stats.annotationSets());
		for (String kind : List.of(Layers.ENTITY, Layers.STANCE, Layers.SOURCE)) {
			out.printf("  %-15s%d%n", kind, stats.annotationsByKind().getOrDefault(kind, 0L));
		}
		return ExitCode.OK;
	}
}
