package org.sanad.exchange.internal;

import java.nio.file.Path;
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
import org.sanad.exchange.DatasetExporter;
import org.sanad.exchange.ExportFormat;
import org.sanad.exchange.ExportOptions;
import org.sanad.exchange.ExportReport;
import org.sanad.exchange.OffsetUnit;
import org.sanad.exchange.SetSelection;
import org.sanad.exchange.Split;
import org.sanad.model.Project;
import org.sanad.workspace.Workspace;

/**
 * {@code sanad export --project P --format F --out DIR [--set gold|ANNOTATOR|all]
 * [--offsets codepoint|utf16] [--include-boilerplate] [--curated-only] [--split 80/10/10 [--seed N]]
 * [--pseudonymise] [--no-text] [--scheme iob2|iob1] [--docstart] [--licence L]}.
 */
@Component(service = Command.class)
public final class ExportCommand implements Command {

	@Reference
	private Workspace workspace;

	@Reference
	private DatasetExporter exporter;

	@Override
	public String name() {
		return "export";
	}

	@Override
	public String summary() {
		return "Export a project's annotations as a dataset with its card (jsonl, conll, csv, xmi)";
	}

	@Override
	public String usage() {
		return "--project P --format F --out DIR [--set gold|ANNOTATOR|all] [--offsets codepoint|utf16]"
				+ " [--include-boilerplate] [--curated-only] [--split 80/10/10 [--seed N]] [--pseudonymise] [--no-text]"
				+ " [--scheme iob2|iob1] [--docstart] [--licence L]";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) throws Exception {
		Arguments args = Arguments.parse(arguments, Set.of("include-boilerplate", "pseudonymise", "no-text", "docstart", "curated-only"),
				Set.of("project", "format", "out", "set", "offsets", "split", "seed", "scheme", "licence"));
		if (!args.positional().isEmpty()) {
			throw new UsageException("unexpected " + args.positional().get(0));
		}
		String projectName = required(args, "project");
		String format = required(args, "format");
		Path out = Path.of(required(args, "out"));
		ExportOptions options;
		try {
			options = ExportOptions.of(format).withSets(SetSelection.parse(args.option("set").orElse("gold")))
					.withOffsets(OffsetUnit.of(args.option("offsets").orElse("codepoint")))
					.withBoilerplate(args.flag("include-boilerplate")).withPseudonyms(args.flag("pseudonymise"))
					.withoutText(args.flag("no-text")).withCuratedOnly(args.flag("curated-only")).withLicence(args.option("licence").orElse(null));
			if (args.option("split").isPresent()) {
				options = options.withSplit(Split.parse(args.option("split").get(), args.number("seed", 0)));
			} else if (args.option("seed").isPresent()) {
				throw new UsageException("--seed goes with --split");
			}
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		ExportFormat chosen = exporter.formats().stream().filter(f -> f.name().equals(format)).findFirst()
				.orElseThrow(() -> new UsageException("no format '" + format + "' (formats: "
						+ String.join(", ", exporter.formats().stream().map(ExportFormat::name).toList()) + ")"));
		for (Map.Entry<String, String> option : Map.of("scheme", args.option("scheme").orElse(""), "docstart",
				args.flag("docstart") ? "true" : "").entrySet()) {
			if (!option.getValue().isEmpty()) {
				if (!chosen.formatOptions().contains(option.getKey())) {
					throw new UsageException("--" + option.getKey() + " is not an option of format " + format);
				}
				options = options.withFormatOption(option.getKey(), option.getValue());
			}
		}
		Project project = workspace.store().project(projectName)
				.orElseThrow(() -> new IllegalArgumentException("no project '" + projectName + "'"));
		ExportReport report = exporter.export(workspace.store(), project, options, out, new NullProgressMonitor());
		for (String line : report.dropped()) {
			context.err().println("Dropped in document " + line);
		}
		report.documents().forEach((set, count) -> context.out().printf("%s: %d document%s%n", set, count,
				count == 1 ? "" : "s"));
		if (report.documents().values().stream().allMatch(n -> n == 0)) {
			context.err().println("No document has " + (options.sets().kind() == SetSelection.Kind.GOLD
					? "a gold set yet; --set NAME or --set all exports annotators' sets" : "that set"));
		}
		int files = report.files().size();
		context.out().printf("Exported '%s' as %s to %s (%d file%s and the card: %s, %s)%n", project.getName(), format,
				out, files, files == 1 ? "" : "s", DatasetCard.README, DatasetCard.JSON);
		return ExitCode.OK;
	}

	private static String required(Arguments args, String name) {
		return args.option(name).orElseThrow(() -> new UsageException("--" + name + " is required"));
	}
}
