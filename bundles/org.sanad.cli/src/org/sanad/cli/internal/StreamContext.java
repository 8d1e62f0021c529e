package org.sanad.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;

import org.sanad.cli.CommandContext;

/** A {@link CommandContext} over given streams. */
public record StreamContext(PrintStream out, PrintStream err, Path dataDirectory) implements CommandContext {
}
