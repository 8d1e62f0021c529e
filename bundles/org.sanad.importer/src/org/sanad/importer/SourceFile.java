package org.sanad.importer;

import java.nio.file.Path;

/**
 * A file to import, checked and decoded.
 *
 * @param path        where it was read from
 * @param text        its content, decoded from UTF-8 without the byte-order mark, line endings as in the file
 * @param lineEndings what the file used: {@code lf}, {@code crlf}, {@code cr}, {@code mixed} or {@code none}
 * @param textStart   bytes of the file before the text (3 after a UTF-8 byte-order mark, else 0)
 */
public record SourceFile(Path path, String text, String lineEndings, int textStart) {

	/** @return the text with every line ending as LF */
	public String textWithLf() {
		if (text.indexOf('\r') < 0) {
			return text;
		}
		return text.replace("\r\n", "\n").replace('\r', '\n');
	}
}
