package org.sanad.cli.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;

/** Chooses the command named by the first argument and runs it; knows nothing of OSGi. */
public final class CommandLine {

	static final String PROGRAM = "sanad";

	private final Map<String, Command> commands = new TreeMap<>();

	public CommandLine(Collection<? extends Command> available) {
		for (Command command : available) {
			commands.putIfAbsent(command.name(), command);
		}
	}

	/** @return the exit code of the command, or {@link ExitCode#USAGE} for a wrong command line */
	public int run(String[] args, CommandContext context) {
		if (args.length == 0 || isHelp(args[0])) {
			return args.length > 1 ? helpOn(args[1], context) : overview(context);
		}
		Command command = commands.get(args[0]);
		if (command == null) {
			context.err().printf("%s: unknown command '%s'. Run './%s --help' for the list.%n", PROGRAM, args[0], PROGRAM);
			return ExitCode.USAGE;
		}
		List<String> rest = Arrays.asList(args).subList(1, args.length);
		if (!rest.isEmpty() && isHelp(rest.get(0))) {
			context.out().println(usageLine(command));
			context.out().println(command.summary());
			return ExitCode.OK;
		}
		return runGuarded(command, rest, context);
	}

	private static int runGuarded(Command command, List<String> rest, CommandContext context) {
		try {
			return command.run(rest, context);
		} catch (UsageException e) {
			context.err().printf("%s %s: %s%nUsage: %s%n", PROGRAM, command.name(), e.getMessage(), usageLine(command));
			return ExitCode.USAGE;
		} catch (Exception | LinkageError | AssertionError e) {
			// Errors too (a class that does not link, a broken bundle): a command that failed must
			// not exit 0 with nothing said, as Equinox would have it.
			String message = e.getMessage() != null ? e.getMessage() : e.getClass().getName();
			context.err().printf("%s %s: %s%n", PROGRAM, command.name(), message);
			return ExitCode.FAILURE;
		}
	}

	private int helpOn(String name, CommandContext context) {
		Command command = commands.get(name);
		if (command == null) {
			context.err().printf("%s: no help for unknown command '%s'.%n", PROGRAM, name);
			return ExitCode.USAGE;
		}
		context.out().println(usageLine(command));
		context.out().println(command.summary());
		return ExitCode.OK;
	}

	private int overview(CommandContext context) {
		var out = context.out();
		out.printf("Usage: ./%s [--data DIR]                 start the workbench%n", PROGRAM);
		out.printf("       ./%s [--data DIR] <command> ...   run a command without a window%n%n", PROGRAM);
		out.println("Commands:");
		int width = commands.keySet().stream().mapToInt(String::length).max().orElse(0);
		commands.values().stream().sorted(Comparator.comparing(Command::name))
				.forEach(c -> out.printf("  %-" + width + "s  %s%n", c.name(), c.summary()));
		out.printf("%nRun './%s <command> --help' for a command's options.%n", PROGRAM);
		out.println("Data folder: --data DIR, else $SANAD_DATA, else ~/.sanad");
		return ExitCode.OK;
	}

	static String usageLine(Command command) {
		String usage = command.usage().isBlank() ? "" : " " + command.usage();
		return "./" + PROGRAM + " " + command.name() + usage;
	}

	private static boolean isHelp(String arg) {
		return arg.equals("--help") || arg.equals("-h") || arg.equals("help");
	}
}
