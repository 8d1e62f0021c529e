package org.sanad.editing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ParagraphDirectionTest {

	@Test
	void theFirstStrongCharacterDecides() {
		assertEquals(ParagraphDirection.LEFT_TO_RIGHT, ParagraphDirection.of("Hi, what are you looking for?"));
		assertEquals(ParagraphDirection.RIGHT_TO_LEFT, ParagraphDirection.of("قال المتحدث Patrick Ryder"));
		assertEquals(ParagraphDirection.LEFT_TO_RIGHT, ParagraphDirection.of("2,500 – App Store متجر"),
				"digits and punctuation are weak; the A decides");
		assertEquals(ParagraphDirection.RIGHT_TO_LEFT, ParagraphDirection.of("«٢٠١٩» ـ العراق"),
				"Arabic-Indic digits are weak, tatweel is a strong Arabic letter");
		assertEquals(ParagraphDirection.RIGHT_TO_LEFT, ParagraphDirection.of("😀 שלום"), "an emoji is neutral");
		assertEquals(ParagraphDirection.NEUTRAL, ParagraphDirection.of(" 123 - ?"));
		assertEquals(ParagraphDirection.NEUTRAL, ParagraphDirection.of(""));
	}
}
