package org.sanad.agreement.internal;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.agreement.AgreementLayer;
import org.sanad.agreement.AgreementOptions;
import org.sanad.agreement.AgreementReport;
import org.sanad.agreement.AgreementService;
import org.sanad.cli.Arguments;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;
import org.sanad.model.Project;
import org.sanad.workspace.Workspace;

/**
 * {@code sanad agreement --project P [--annotators A,B,C] [--layer entity|source|stance] [--json]
 * [--bootstrap N [--seed S]] [--finished-only]}.
 */
@Component(service = Command.class)
public final class AgreementCommand implements Command {

	@Reference
	private Workspace workspace;

	@Reference
	private AgreementService agreement;

	@Override
	public String name() {
		return "agreement";
	}

	@Override
	public String summary() {
		return "How far the annotators agree, per layer, feature and label (kappa, alpha, u-alpha, F1)";
	}

	@Override
	public String usage() {
		return "--project P [--annotators A,B,C] [--layer entity|source|stance] [--json] [--bootstrap N [--seed S]]"
				+ " [--finished-only]";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) throws Exception {
		Arguments args = Arguments.parse(arguments, Set.of("json", "finished-only"),
				Set.of("project", "annotators", "layer", "bootstrap", "seed"));
		if (!args.positional().isEmpty()) {
			throw new UsageException("unexpected " + args.positional().get(0));
		}
		String projectName = args.option("project").orElseThrow(() -> new UsageException("--project is required"));
		AgreementOptions options;
		try {
			Set<AgreementLayer> layers = args.option("layer").map(l -> EnumSet.of(AgreementLayer.of(l)))
					.orElse(EnumSet.allOf(AgreementLayer.class));
			List<String> annotators = args.option("annotators")
					.map(a -> Arrays.stream(a.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList())
					.orElse(List.of());
			long samples = args.number("bootstrap", 0);
			if (samples < 0 || samples > 100_000) {
				throw new UsageException("--bootstrap takes 0 to 100000 samples, not " + samples);
			}
			if (args.option("seed").isPresent() && samples == 0) {
				throw new UsageException("--seed goes with --bootstrap");
			}
			options = new AgreementOptions(annotators, layers, (int) samples, args.number("seed", 0),
					args.flag("finished-only"));
		} catch (IllegalArgumentException e) {
			throw new UsageException(e.getMessage());
		}
		Project project = workspace.store().project(projectName)
				.orElseThrow(() -> new IllegalArgumentException("no project '" + projectName + "'"));
		AgreementReport report = agreement.compute(workspace.store(), project.getId(), options,
				new NullProgressMonitor());
		if (args.flag("json")) {
			ReportJson.write(report, new OutputStreamWriter(context.out(), StandardCharsets.UTF_8));
		} else {
			ReportText.print(report, context.out());
		}
		return ExitCode.OK;
	}
}
