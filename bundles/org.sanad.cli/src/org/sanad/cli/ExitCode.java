package org.sanad.cli;

/** Process exit codes shared by all commands, so scripts can tell outcomes apart. */
public final class ExitCode {

	/** Everything asked for was done. */
	public static final int OK = 0;

	/** Nothing (or nothing reliable) was done; the error output says why. */
	public static final int FAILURE = 1;

	/** The command line was wrong: unknown command, option or missing argument. */
	public static final int USAGE = 2;

	/** Part was done and part was refused, for example a batch import with bad files. */
	public static final int PARTIAL = 3;

	private ExitCode() {
	}
}
