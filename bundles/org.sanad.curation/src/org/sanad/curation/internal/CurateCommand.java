package org.sanad.curation.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.cli.Arguments;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;
import org.sanad.curation.Curation;
import org.sanad.curation.MergeReport;
import org.sanad.curation.MergeStrategy;
import org.sanad.model.Project;
import org.sanad.workspace.Workspace;

/**
 * {@code sanad curate --project P --strategy unanimous|majority [--min-annotators N] [--curator NAME]}
 * merges; {@code sanad curate --project P --reasons "R1;R2"} sets the reasons curators pick from.
 */
@Component(service = Command.class)
public final class CurateCommand implements Command {

	@Reference
	private Workspace workspace;

	@Reference
	private Curation curation;

	@Override
	public String name() {
		return "curate";
	}

	@Override
	public String summary() {
		return "Merge into the gold set what the annotators agree on; curators' decisions are never overridden";
	}

	@Override
	public String usage() {
		return "--project P --strategy unanimous|majority [--min-annotators N] [--curator NAME] | --project P"
				+ " --reasons \"R1;R2;...\"";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) throws Exception {
		Arguments args = Arguments.parse(arguments, Set.of(),
				Set.of("project", "strategy", "min-annotators", "curator", "reasons"));
		if (!args.positional().isEmpty()) {
			throw new UsageException("unexpected " + args.positional().get(0));
		}
		String projectName = args.option("project").orElseThrow(() -> new UsageException("--project is required"));
		if (args.option("reasons").isPresent()) {
			if (args.option("strategy").isPresent()) {
				throw new UsageException("--reasons and --strategy go in separate runs");
			}
			return setReasons(projectName, args.option("reasons").get(), context);
		}
		String named = args.option("strategy")
				.orElseThrow(() -> new UsageException("--strategy is required (unanimous or majority)"));
		MergeStrategy strategy;
		try {
			strategy = MergeStrategy.of(named);
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		long min = args.number("min-annotators", 2);
		if (min < 1 || min > 1000) {
			throw new UsageException("--min-annotators must be between 1 and 1000, not " + min);
		}
		String curator = args.option("curator").orElse(System.getProperty("user.name", "curator"));
		Project project = workspace.store().project(projectName)
				.orElseThrow(() -> new IllegalArgumentException("no project '" + projectName + "'"));
		MergeReport report = curation.merge(workspace.store(), project.getId(), strategy, (int) min, curator,
				new NullProgressMonitor());
		context.out().printf("Merged %d unit%s into the gold set of '%s' (%s) in %d document%s with %d or more"
				+ " annotators%n", report.mergedTotal(), report.mergedTotal() == 1 ? "" : "s", project.getName(),
				strategy.id(), report.documents(), report.documents() == 1 ? "" : "s", min);
		print(context, "  merged", report.merged());
		context.out().printf("Left for the curator: %d unit%s in %d document%s%n", report.leftTotal(),
				report.leftTotal() == 1 ? "" : "s", report.documents() - report.finished(),
				report.documents() - report.finished() == 1 ? "" : "s");
		print(context, "  left", report.left());
		if (report.kept() > 0) {
			context.out().printf("Kept as they were: %d unit%s a curator decided on or the gold set already had%n",
					report.kept(), report.kept() == 1 ? "" : "s");
		}
		return ExitCode.OK;
	}

	private int setReasons(String projectName, String list, CommandContext context) {
		Project project = workspace.store().project(projectName)
				.orElseThrow(() -> new IllegalArgumentException("no project '" + projectName + "'"));
		List<String> reasons = java.util.Arrays.stream(list.split(";")).map(String::strip).filter(r -> !r.isEmpty())
				.distinct().toList();
		workspace.store().setCurationReasons(project.getId(), reasons);
		Project stored = workspace.store().project(project.getId()).orElseThrow();
		context.out().printf("Curators of '%s' pick from%s: %s%n", project.getName(),
				reasons.isEmpty() ? " Sanad's reasons" : "", String.join("; ", Curation.reasons(stored)));
		return ExitCode.OK;
	}

	private static void print(CommandContext context, String what, Map<String, Integer> counts) {
		counts.forEach((layer, n) -> context.out().printf("%s %s: %d%n", what, layer, n));
	}
}
