package org.sanad.importer;

import java.nio.file.Path;

/**
 * Why a file, or part of it, was not imported.
 *
 * @param file       the file
 * @param line       1-based line, or 0 when the problem concerns the whole file
 * @param byteOffset 0-based byte offset in the file, or -1 when not known
 * @param message    what is wrong, in one sentence
 */
public record ImportProblem(Path file, int line, long byteOffset, String message) {

	/** @return the problem as one line: {@code file:line: message (byte N)} */
	@Override
	public String toString() {
		String where = file + (line > 0 ? ":" + line : "");
		return where + ": " + message + (byteOffset >= 0 ? " (byte " + byteOffset + ")" : "");
	}
}
