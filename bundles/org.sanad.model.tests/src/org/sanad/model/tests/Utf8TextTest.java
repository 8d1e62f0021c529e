package org.sanad.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sanad.model.Document;
import org.sanad.model.SanadFactory;
import org.sanad.model.text.Utf8Text;

class Utf8TextTest {

	private static final String TEXT = "قالت وزارة الصحة 😀 e\u0301";

	private static Document document(String text) {
		Document d = SanadFactory.eINSTANCE.createDocument();
		d.setText(text);
		return d;
	}

	private static byte[] bytes(Utf8Text text) throws Exception {
		try (var in = text.stream()) {
			byte[] read = in.readAllBytes();
			assertEquals(text.length(), read.length);
			return read;
		}
	}

	@Test
	void keepsTheAttachedSliceOfAFileAndEncodesWhenNothingIsKept() throws Exception {
		Document kept = document(TEXT);
		byte[] file = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
		Utf8Text.attach(kept, file, 3, file.length - 3);
		Document plain = document(TEXT);
		assertSame(Utf8Text.of(kept), Utf8Text.of(kept), "the kept bytes, not a new encoding");
		assertNotSame(Utf8Text.of(plain), Utf8Text.of(plain), "nothing attached");
		for (Document d : new Document[] { kept, plain }) {
			assertArrayEquals(TEXT.getBytes(StandardCharsets.UTF_8), bytes(Utf8Text.of(d)));
		}
	}

	@Test
	void dropsTheBytesWhenTheTextChanges() throws Exception {
		Document d = document(TEXT);
		byte[] old = TEXT.getBytes(StandardCharsets.UTF_8);
		Utf8Text.attach(d, old, 0, old.length);
		d.setText("نص آخر");
		assertArrayEquals("نص آخر".getBytes(StandardCharsets.UTF_8), bytes(Utf8Text.of(d)));
		assertTrue(d.eAdapters().isEmpty());

		Utf8Text.attach(d, old, 0, old.length);
		Utf8Text.attach(d, old, 0, old.length);
		assertEquals(1, d.eAdapters().size(), "attaching again replaces");
		d.unsetText();
		assertTrue(d.eAdapters().isEmpty());
		assertThrows(IllegalArgumentException.class, () -> Utf8Text.of(d));
	}

	@Test
	void refusesHalfASurrogatePairThatGetBytesWouldTurnIntoAQuestionMark() {
		assertEquals(-1, Utf8Text.unpairedSurrogate("😀 at the end 😀"));
		assertEquals(2, Utf8Text.unpairedSurrogate("ab\uD83D"));
		assertEquals(0, Utf8Text.unpairedSurrogate("\uDE00😀"));
		assertEquals(3, Utf8Text.unpairedSurrogate("😀a\uD83Db"));
		var error = assertThrows(IllegalArgumentException.class, () -> Utf8Text.of(document("نص \uD83D")));
		assertTrue(error.getMessage().contains("UTF-16 offset 3"), error.getMessage());
	}

	@Test
	void refusesASliceOutsideTheArray() {
		Document d = document(TEXT);
		assertThrows(IndexOutOfBoundsException.class, () -> Utf8Text.attach(d, new byte[4], 2, 3));
		assertTrue(d.eAdapters().isEmpty());
	}
}
