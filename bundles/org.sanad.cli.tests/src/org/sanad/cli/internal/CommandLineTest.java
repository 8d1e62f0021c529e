package org.sanad.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;

class CommandLineTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private final CommandContext context = new StreamContext(new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8), Path.of("/data"));
	private final List<List<String>> calls = new ArrayList<>();

	/** A command that records its arguments and behaves as its first argument says. */
	private final Command echo = new Command() {
		@Override
		public String name() {
			return "echo";
		}

		@Override
		public String summary() {
			return "Echo the arguments";
		}

		@Override
		public String usage() {
			return "<words...>";
		}

		@Override
		public int run(List<String> arguments, CommandContext ctx) throws Exception {
			calls.add(arguments);
			if (arguments.contains("bad")) {
				throw new UsageException("'bad' is not a word");
			}
			if (arguments.contains("boom")) {
				throw new java.io.IOException("disk full");
			}
			if (arguments.contains("unlinked")) {
				throw new LinkageError("loader constraint violation for org/slf4j/IMarkerFactory");
			}
			ctx.out().println(String.join(" ", arguments) + " @ " + ctx.dataDirectory());
			return arguments.contains("partial") ? ExitCode.PARTIAL : ExitCode.OK;
		}
	};

	private final CommandLine line = new CommandLine(List.of(echo, new VersionCommand()));

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void runsTheNamedCommandWithTheRestOfTheArguments() {
		assertEquals(ExitCode.OK, line.run(new String[] { "echo", "a", "--b" }, context));
		assertEquals(List.of(List.of("a", "--b")), calls);
		assertEquals("a --b @ /data" + System.lineSeparator(), out());
	}

	@Test
	void passesTheCommandsExitCodeThrough() {
		assertEquals(ExitCode.PARTIAL, line.run(new String[] { "echo", "partial" }, context));
	}

	@Test
	void overviewListsEveryCommandSortedWithItsSummary() {
		assertEquals(ExitCode.OK, line.run(new String[] { "--help" }, context));
		String text = out();
		int echoAt = text.indexOf("  echo     Echo the arguments");
		int versionAt = text.indexOf("  version  Print Sanad's version");
		assertTrue(echoAt > 0 && versionAt > echoAt, text);
	}

	@Test
	void unknownCommandIsAUsageErrorNamingIt() {
		assertEquals(ExitCode.USAGE, line.run(new String[] { "imprt" }, context));
		assertTrue(err().contains("unknown command 'imprt'"), err());
		assertTrue(calls.isEmpty());
	}

	@Test
	void commandHelpShowsItsUsageWithoutRunningIt() {
		assertEquals(ExitCode.OK, line.run(new String[] { "echo", "--help" }, context));
		assertTrue(out().startsWith("./sanad echo <words...>"), out());
		assertTrue(calls.isEmpty());
		assertEquals(ExitCode.OK, line.run(new String[] { "help", "version" }, context));
		assertTrue(out().contains("./sanad version [--verbose]"), out());
	}

	@Test
	void usageExceptionGivesOneLineAndTheUsage() {
		assertEquals(ExitCode.USAGE, line.run(new String[] { "echo", "bad" }, context));
		assertEquals("sanad echo: 'bad' is not a word" + System.lineSeparator() + "Usage: ./sanad echo <words...>"
				+ System.lineSeparator(), err());
	}

	@Test
	void otherFailuresGiveOneLineWithoutStackTrace() {
		assertEquals(ExitCode.FAILURE, line.run(new String[] { "echo", "boom" }, context));
		assertEquals("sanad echo: disk full" + System.lineSeparator(), err());
	}

	@Test
	void aClassThatDoesNotLinkIsAFailureTooNotASilentSuccess() {
		assertEquals(ExitCode.FAILURE, line.run(new String[] { "echo", "unlinked" }, context));
		assertTrue(err().startsWith("sanad echo: loader constraint violation"), err());
	}

	@Test
	void versionRejectsUnknownArguments() {
		assertEquals(ExitCode.USAGE, line.run(new String[] { "version", "--verbose", "x" }, context));
		assertTrue(err().contains("unexpected argument 'x'"), err());
	}
}
