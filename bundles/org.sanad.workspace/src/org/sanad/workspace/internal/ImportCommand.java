package org.sanad.workspace.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.cli.Arguments;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;
import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportProblem;
import org.sanad.importer.ImportReport;
import org.sanad.model.Project;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.workspace.Workspace;

/**
 * {@code sanad import <files|folders> [--project P] [--strict] [--max-size MB] [--annotator NAME | --gold]
 * [--replace]}. Annotated Sanad JSONL lines bring their annotations into the set they name, or the
 * set the options name.
 */
@Component(service = Command.class)
public final class ImportCommand implements Command {

	/** The project imports go to when none is named. */
	static final String DEFAULT_PROJECT = "Default";

	@Reference
	private Workspace workspace;

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return "Import UTF-8 text, HTML, JSONL and XMI files or folders into a project, with the annotations they carry";
	}

	@Override
	public String usage() {
		return "<files|folders...> [--project P] [--strict] [--max-size MB] [--annotator NAME | --gold] [--replace]";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		Arguments args = Arguments.parse(arguments, Set.of("strict", "gold", "replace"),
				Set.of("project", "max-size", "annotator"));
		if (args.positional().isEmpty()) {
			throw new UsageException("name at least one file or folder");
		}
		if (args.flag("gold") && args.option("annotator").isPresent()) {
			throw new UsageException("--annotator and --gold name two different sets; give one");
		}
		ImportOptions.SetChoice set = args.flag("gold") ? ImportOptions.SetChoice.goldSet()
				: args.option("annotator").map(ImportOptions.SetChoice::annotatorSet)
						.orElse(ImportOptions.SetChoice.fromFile());
		ImportOptions options = ImportOptions.defaults().withStrict(args.flag("strict")).withSet(set)
				.withReplace(args.flag("replace")).withActor(System.getProperty("sanad.annotator", "import"));
		long maxMegabytes = args.number("max-size", options.maxFileBytes() / 1024 / 1024);
		options = options.withMaxFileBytes(maxMegabytes * 1024 * 1024);
		String projectName = args.option("project").orElse(DEFAULT_PROJECT);
		var store = workspace.store();
		Project project = store.project(projectName).orElseGet(() -> {
			context.err().println("Creating project '" + projectName + "' with the default schema");
			return store.createProject(projectName, null, DefaultSchema.create());
		});
		List<Path> inputs = args.positional().stream().map(Path::of).toList();
		ImportReport report = workspace.importFiles(project, inputs, options, new NullProgressMonitor());
		for (ImportProblem problem : report.problems()) {
			context.err().println(problem);
		}
		int imported = report.imported().size();
		if (options.strict() && !report.problems().isEmpty()) {
			int count = report.problems().size();
			context.out().printf("Imported nothing into '%s' (--strict): %d problem%s%n", projectName, count,
					count == 1 ? "" : "s");
			return ExitCode.FAILURE;
		}
		String annotations = report.annotations() == 0 ? ""
				: String.format(" and %d annotation%s (%d set%s)", report.annotations(),
						report.annotations() == 1 ? "" : "s", report.annotationSets(),
						report.annotationSets() == 1 ? "" : "s");
		context.out().printf("Imported %d document%s%s into '%s'%s%n", imported, imported == 1 ? "" : "s", annotations,
				projectName, report.problems().isEmpty() ? "" : "; " + report.problems().size() + " refused (listed above)");
		if (!report.skipped().isEmpty()) {
			context.out().printf("Skipped %d file%s in the folders, not documents:%n", report.skipped().size(),
					report.skipped().size() == 1 ? "" : "s");
			report.skipped().forEach(s -> context.out().println("  " + s));
		}
		if (report.problems().isEmpty()) {
			return ExitCode.OK;
		}
		return imported > 0 || report.annotations() > 0 ? ExitCode.PARTIAL : ExitCode.FAILURE;
	}
}
