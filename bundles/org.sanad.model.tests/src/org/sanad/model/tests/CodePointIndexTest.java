package org.sanad.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanad.model.text.CodePointIndex;

class CodePointIndexTest {

	/** Harakat (combining marks), tatweel, an emoji, a ZWJ family, Latin and digits. */
	private static final String MIXED = "قالَ 😀 البنتاغـــون: 👨‍👩‍👧 2,500 جنديّ";

	@Test
	void arabicWithHarakatAndTatweelHasNoPairsSoOffsetsAreEqual() {
		String text = "مُحَمَّد رايـــدر";
		CodePointIndex index = CodePointIndex.of(text);
		assertEquals(text.length(), index.codePointLength());
		for (int i = 0; i <= text.length(); i++) {
			assertEquals(i, index.toCodePoints(i));
			assertEquals(i, index.toUtf16(i));
		}
	}

	@Test
	void offsetsAfterAnEmojiDifferByOne() {
		String text = "a😀b";
		CodePointIndex index = CodePointIndex.of(text);
		assertEquals(4, index.utf16Length());
		assertEquals(3, index.codePointLength());
		assertEquals(2, index.toCodePoints(3)); // before 'b'
		assertEquals(3, index.toUtf16(2));
	}

	@Test
	void everyBoundaryRoundTripsAndAgreesWithTheJdk() {
		CodePointIndex index = CodePointIndex.of(MIXED);
		assertEquals(MIXED.codePointCount(0, MIXED.length()), index.codePointLength());
		for (int i = 0; i <= MIXED.length(); i++) {
			if (index.isBoundary(i)) {
				int cp = index.toCodePoints(i);
				assertEquals(MIXED.codePointCount(0, i), cp, "at " + i);
				assertEquals(i, index.toUtf16(cp), "round trip at " + i);
			}
		}
		for (int cp = 0; cp <= index.codePointLength(); cp++) {
			assertEquals(MIXED.offsetByCodePoints(0, cp), index.toUtf16(cp), "code point " + cp);
		}
	}

	@Test
	void zwjSequenceCountsEachMemberAndJoiner() {
		String family = "👨‍👩‍👧"; // 3 emoji (6 units) and 2 joiners
		CodePointIndex index = CodePointIndex.of(family);
		assertEquals(8, index.utf16Length());
		assertEquals(5, index.codePointLength());
	}

	@ParameterizedTest
	@ValueSource(ints = { 2, -1, 5 })
	void offsetsInsideAPairOrOutsideTheTextAreRejected(int offset) {
		CodePointIndex index = CodePointIndex.of("a😀b");
		assertFalse(index.isBoundary(offset));
		var error = assertThrows(IllegalArgumentException.class, () -> index.toCodePoints(offset));
		assertTrue(error.getMessage().contains(Integer.toString(offset)), error.getMessage());
	}

	@Test
	void codePointOffsetsOutsideTheTextAreRejected() {
		CodePointIndex index = CodePointIndex.of("a😀b");
		assertThrows(IllegalArgumentException.class, () -> index.toUtf16(4));
		assertThrows(IllegalArgumentException.class, () -> index.toUtf16(-1));
	}

	@Test
	void loneSurrogatesAreSingleCodePoints() {
		String text = "x\uD83Dy"; // a high surrogate without its partner
		CodePointIndex index = CodePointIndex.of(text);
		assertEquals(3, index.codePointLength());
		assertEquals(2, index.toCodePoints(2));
	}
}
