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

/** {@code sanad import <files|folders> [--project P] [--strict] [--max-size MB]}. */
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
		return "Import UTF-8 text, HTML and JSONL files or folders into a project";
	}

	@Override
	public String usage() {
		return "<files|folders...> [--project P] [--strict] [--max-size MB]";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		Arguments args = Arguments.parse(arguments, Set.of("strict"), Set.of("project", "max-size"));
		if (args.positional().isEmpty()) {
			throw new UsageException("name at least one file or folder");
		}
		ImportOptions options = ImportOptions.defaults().withStrict(args.flag("strict"));
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
		context.out().printf("Imported %d document%s into '%s'%s%n", imported, imported == 1 ? "" : "s", projectName,
				report.problems().isEmpty() ? "" : "; " + report.problems().size() + " refused (listed above)");
		if (report.problems().isEmpty()) {
			return ExitCode.OK;
		}
		return imported > 0 ? ExitCode.PARTIAL : ExitCode.FAILURE;
	}
}
