package org.sanad.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguagesTest {

	@Test
	void theMajorityOfLettersDecides() {
		assertEquals("ar", Languages.guess("قال المتحدث إن الاجتماع سيعقد غدا في بغداد"));
		assertEquals("en", Languages.guess("The spokesman said the meeting is tomorrow in Baghdad"));
		assertEquals("ar", Languages.guess("قال المتحدث باسم الحكومة (Reuters) إن الاجتماع سيعقد غدا"));
		assertEquals("en", Languages.guess("Prime Minister al-Sudani (السوداني) met the delegation on Monday"));
	}

	@Test
	void textWithoutLettersHasNoLanguage() {
		assertEquals("und", Languages.guess("2026-11-23 12:00 — 100%"));
		assertEquals("und", Languages.guess("\u064E\u064F\u0650 ١٢٣"), "harakat and Arabic digits are not letters");
	}

	@Test
	void aLongTextIsSampledOverItsWholeLength() {
		String arabic = "وفي السنوات الماضية تعرضت المقار الدبلوماسية لهجمات المجموعات المسلحة. ";
		String english = "In past years diplomatic premises came under attack by armed groups. ";
		// 5,000 characters of English first, then three times as much Arabic: looking only at the
		// start would call it English.
		String text = english.repeat(5000 / english.length()) + arabic.repeat(15000 / arabic.length());
		assertEquals("ar", Languages.guess(text));
		assertEquals("en", Languages.guess(english.repeat(15000 / english.length()) + arabic.repeat(5000 / arabic.length())));
	}

	@Test
	void presentationFormsAndExtendedArabicCountAsArabic() {
		assertEquals("ar", Languages.guess("\uFEFB\uFEF5\uFE8D abc \u06A9\u06AF\u06CC\u067E"), "lam-alef forms, Persian letters");
	}
}
