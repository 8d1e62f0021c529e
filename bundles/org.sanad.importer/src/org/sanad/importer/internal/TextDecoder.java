package org.sanad.importer.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.sanad.importer.ImportException;
import org.sanad.importer.ImportProblem;
import org.sanad.importer.SourceFile;

/** Turns a file's bytes into text, refusing what is not UTF-8 text with the line and byte where it fails. */
public final class TextDecoder {

	private TextDecoder() {
	}

	/** @return the decoded file, the byte-order mark removed */
	public static SourceFile decode(Path file, byte[] bytes) throws ImportException {
		if (bytes.length == 0) {
			throw problem(file, 0, -1, "is empty");
		}
		if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
			throw problem(file, 1, 0, "is UTF-16 (byte-order mark); Sanad imports UTF-8 only");
		}
		int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
		// The JDK's own decoding is several times faster than a CharsetDecoder. It puts U+FFFD
		// where bytes are not UTF-8, so text without one is valid; only the rest is decoded again
		// strictly, to find where it fails (or that the file holds U+FFFD itself).
		String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
		// A NUL byte decodes to U+0000 and nothing else does; the string search is vectorised, a
		// loop over the bytes took a third of decoding.
		if (text.indexOf('\u0000') >= 0) {
			int at = firstNul(bytes, start);
			throw problem(file, lineAt(bytes, at), at, "contains a NUL byte: binary files cannot be imported");
		}
		if (text.indexOf('\uFFFD') >= 0) {
			text = strictUtf8(file, bytes, start);
		}
		if (text.isBlank()) {
			throw problem(file, 0, -1, "contains only white space");
		}
		return new SourceFile(file, text, lineEndings(text), start);
	}

	/** @return the text, decoded again strictly: for text with U+FFFD, a replacement or its own */
	private static String strictUtf8(Path file, byte[] bytes, int start) throws ImportException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			int at = in.position();
			throw problem(file, lineAt(bytes, at), at,
					String.format("is not valid UTF-8 (byte 0x%02X); Sanad imports UTF-8 only", bytes[at] & 0xFF));
		}
		decoder.flush(out);
		out.flip();
		return out.toString();
	}

	static String lineEndings(String text) {
		if (text.indexOf('\r') < 0) {
			return text.indexOf('\n') >= 0 ? "lf" : "none";
		}
		boolean crlf = text.contains("\r\n");
		boolean cr = text.replace("\r\n", "").indexOf('\r') >= 0;
		boolean lf = text.replace("\r\n", "").indexOf('\n') >= 0;
		int kinds = (crlf ? 1 : 0) + (cr ? 1 : 0) + (lf ? 1 : 0);
		if (kinds > 1) {
			return "mixed";
		}
		return crlf ? "crlf" : cr ? "cr" : lf ? "lf" : "none";
	}

	private static int firstNul(byte[] bytes, int start) {
		int at = start;
		while (bytes[at] != 0) {
			at++;
		}
		return at;
	}

	private static int lineAt(byte[] bytes, int offset) {
		int line = 1;
		for (int i = 0; i < offset; i++) {
			if (bytes[i] == '\n') {
				line++;
			}
		}
		return line;
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	static ImportException problem(Path file, int line, long byteOffset, String message) {
		return new ImportException(new ImportProblem(file, line, byteOffset, message));
	}
}
