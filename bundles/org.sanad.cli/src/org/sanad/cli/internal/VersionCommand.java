package org.sanad.cli.internal;

import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;
import org.sanad.core.SanadVersion;

/** {@code ./sanad version}: the product version, and with {@code --verbose} the runtime too. */
@Component(service = Command.class)
public final class VersionCommand implements Command {

	@Override
	public String name() {
		return "version";
	}

	@Override
	public String summary() {
		return "Print Sanad's version";
	}

	@Override
	public String usage() {
		return "[--verbose]";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		for (String argument : arguments) {
			if (!argument.equals("--verbose")) {
				throw new UsageException("unexpected argument '" + argument + "'");
			}
		}
		boolean verbose = !arguments.isEmpty();
		context.out().println("Sanad " + SanadVersion.full());
		if (verbose) {
			context.out().println("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")");
			context.out().println("Data folder " + context.dataDirectory());
		}
		return ExitCode.OK;
	}
}
