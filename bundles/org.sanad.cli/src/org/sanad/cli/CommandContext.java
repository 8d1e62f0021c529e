package org.sanad.cli;

import org.osgi.annotation.versioning.ProviderType;

import java.io.PrintStream;
import java.nio.file.Path;

/** What a running {@link Command} may use: its output streams and the user's data folder. */
@ProviderType
public interface CommandContext {

	/** @return where results go (standard output) */
	PrintStream out();

	/** @return where problems and progress go (standard error) */
	PrintStream err();

	/** @return the data folder chosen by {@code --data}, {@code SANAD_DATA} or the default */
	Path dataDirectory();
}
