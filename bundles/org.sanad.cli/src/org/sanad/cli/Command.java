package org.sanad.cli;

import org.osgi.annotation.versioning.ConsumerType;

import java.util.List;

/** One headless command, such as {@code import} or {@code search}. Provide it as a DS service. */
@ConsumerType
public interface Command {

	/** @return the word after {@code sanad} that runs this command: lower case, unique */
	String name();

	/** @return one line that {@code sanad --help} shows next to the name */
	String summary();

	/** @return the arguments part of the usage line, for example {@code "<files...> [--strict]"} */
	default String usage() {
		return "";
	}

	/**
	 * Runs the command. Print results to {@link CommandContext#out()}, problems to
	 * {@link CommandContext#err()}; throw {@link UsageException} for bad arguments.
	 *
	 * @param arguments what followed the command name
	 * @return one of the {@link ExitCode} values
	 * @throws Exception reported to the user as one line, with exit code {@link ExitCode#FAILURE}
	 */
	int run(List<String> arguments, CommandContext context) throws Exception;
}
