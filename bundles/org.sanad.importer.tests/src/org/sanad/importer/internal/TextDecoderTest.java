package org.sanad.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sanad.importer.ImportException;
import org.sanad.importer.ImportProblem;
import org.sanad.importer.SourceFile;

class TextDecoderTest {

	private static final Path FILE = Path.of("news.txt");

	private static ImportProblem refused(byte[] bytes) {
		return assertThrows(ImportException.class, () -> TextDecoder.decode(FILE, bytes)).problem();
	}

	private static byte[] utf8(String s) {
		return s.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void byteOrderMarkIsDroppedAndCountedAsTextStart() throws Exception {
		SourceFile file = TextDecoder.decode(FILE, concat(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, utf8("سند")));
		assertEquals("سند", file.text());
		assertEquals(3, file.textStart());
	}

	@Test
	void lineEndingsAreRecognisedAndNormalisedToLf() throws Exception {
		assertEquals("crlf", TextDecoder.decode(FILE, utf8("a\r\nb\r\n")).lineEndings());
		assertEquals("cr", TextDecoder.decode(FILE, utf8("a\rb")).lineEndings());
		assertEquals("lf", TextDecoder.decode(FILE, utf8("a\nb")).lineEndings());
		assertEquals("mixed", TextDecoder.decode(FILE, utf8("a\r\nb\nc")).lineEndings());
		assertEquals("a\nb\nc\nd", TextDecoder.decode(FILE, utf8("a\r\nb\rc\nd")).textWithLf());
	}

	@Test
	void invalidUtf8NamesLineAndByte() {
		byte[] bytes = concat(utf8("سطر أول\nsecond "), new byte[] { (byte) 0xC3, (byte) 0x28 }, utf8(" rest"));
		ImportProblem problem = refused(bytes);
		assertEquals(2, problem.line());
		assertEquals(utf8("سطر أول\nsecond ").length, problem.byteOffset());
		assertEquals("news.txt:2: is not valid UTF-8 (byte 0xC3); Sanad imports UTF-8 only (byte 21)", problem.toString());
	}

	@Test
	void aReplacementCharacterInTheFileIsTextButAnEncodedSurrogateIsNot() throws Exception {
		assertEquals("رمز \uFFFD هنا", TextDecoder.decode(FILE, utf8("رمز \uFFFD هنا")).text());
		ImportProblem problem = refused(concat(utf8("\uFFFD\n"), new byte[] { (byte) 0xED, (byte) 0xA0, (byte) 0x80 }));
		assertEquals(2, problem.line());
		assertEquals(4, problem.byteOffset());
	}

	@Test
	void latin1IsRefusedNotGuessed() {
		ImportProblem problem = refused(new byte[] { 'c', 'a', 'f', (byte) 0xE9 });
		assertEquals(1, problem.line());
		assertEquals(3, problem.byteOffset());
	}

	@Test
	void nulBytesMeanBinary() {
		ImportProblem problem = refused(concat(utf8("ok\nok\n"), new byte[] { 0, 1, 2 }));
		assertEquals(3, problem.line());
		assertEquals(6, problem.byteOffset());
		assertEquals("contains a NUL byte: binary files cannot be imported", problem.message());
	}

	@Test
	void binaryThatIsAlsoInvalidUtf8IsCalledBinaryAtItsFirstNul() {
		ImportProblem problem = refused(concat(utf8("صورة\n"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 }));
		assertEquals("contains a NUL byte: binary files cannot be imported", problem.message());
		assertEquals(2, problem.line());
		assertEquals(utf8("صورة\n").length + 4, problem.byteOffset());
	}

	@Test
	void emptyBlankAndUtf16FilesAreRefused() {
		assertEquals("is empty", refused(new byte[0]).message());
		assertEquals("contains only white space", refused(utf8(" \n\t\r\n")).message());
		assertEquals("is UTF-16 (byte-order mark); Sanad imports UTF-8 only",
				refused(new byte[] { (byte) 0xFF, (byte) 0xFE, 'a', 0 }).message());
	}

	private static byte[] concat(byte[]... parts) {
		int length = 0;
		for (byte[] p : parts) {
			length += p.length;
		}
		byte[] all = new byte[length];
		int at = 0;
		for (byte[] p : parts) {
			System.arraycopy(p, 0, all, at, p.length);
			at += p.length;
		}
		return all;
	}
}
