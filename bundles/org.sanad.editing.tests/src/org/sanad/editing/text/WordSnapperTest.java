package org.sanad.editing.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordSnapperTest {

	private static String covered(String text, int begin, int end, boolean words) {
		int[] span = WordSnapper.snap(text, begin, end, words);
		return text.substring(span[0], span[1]);
	}

	@Test
	void aSelectionInsideAnArabicWordGrowsToTheWholeWord() {
		String text = "قال المتحدث باسم البنتاغون إن القوات";
		int inside = text.indexOf("المتحدث") + 3;
		assertEquals("المتحدث", covered(text, inside, inside + 2, true));
		int from = text.indexOf("باسم") + 1;
		int to = text.indexOf("البنتاغون") + 4;
		assertEquals("باسم البنتاغون", covered(text, from, to, true));
	}

	@Test
	void blanksAndPunctuationAtTheEndsAreDropped() {
		String text = "أعلن «الحشد الشعبي»، أمس";
		int from = text.indexOf('«') - 1;
		int to = text.indexOf('»') + 2;
		assertEquals("الحشد الشعبي", covered(text, from, to, true));
	}

	@Test
	void harakatTatweelAndJoinersStayInTheWord() {
		String text = "قالَ مُحَمَّـــد ثم";
		int inside = text.indexOf("مُ") + 2;
		assertEquals("مُحَمَّـــد", covered(text, inside, inside, true));
		String zwj = "a ب\u200Dت b";
		assertEquals("ب\u200Dت", covered(zwj, 2, 3, true));
	}

	@Test
	void anEmptySelectionTakesTheWordAtTheCaret() {
		String text = "Ain al-Asad base";
		int caret = text.indexOf("Asad") + 2;
		assertEquals("Asad", covered(text, caret, caret, true));
		assertEquals("base", covered(text, text.length(), text.length(), true), "caret after the last word");
		assertArrayEquals(new int[] { 3, 3 }, WordSnapper.snap("a  - b", 3, 3, true), "caret between blanks and dash");
	}

	@Test
	void numbersKeepTheirSeparators() {
		String text = "نشر 2,500 جندي و٣٫٥ مليون";
		int inside = text.indexOf("500") + 1;
		assertEquals("2,500", covered(text, inside, inside, true));
		int arabic = text.indexOf("٥");
		assertEquals("و٣٫٥", covered(text, arabic, arabic, true), "the conjunction wa is part of the word");
		assertEquals("2,500", covered("2,500, 3", 0, 6, true), "a trailing comma is not inside a number");
	}

	@Test
	void withoutSnappingNoCharacterIsSplit() {
		String text = "x😀y مَ";
		int emoji = text.indexOf("😀");
		assertEquals("😀", covered(text, emoji + 1, emoji + 2, false), "both halves of the surrogate pair");
		int mim = text.indexOf("مَ");
		assertEquals("مَ", covered(text, mim, mim + 1, false), "the fatha stays with its letter");
		assertEquals("x😀", covered(text, 0, emoji + 1, false));
	}

	@Test
	void aSelectionOfOnlyBlanksIsEmptyAndOffsetsAreClamped() {
		int[] blank = WordSnapper.snap("a   b", 1, 4, true);
		assertEquals(blank[0], blank[1]);
		assertArrayEquals(new int[] { 0, 1 }, WordSnapper.snap("a", 5, -3, true));
	}
}
