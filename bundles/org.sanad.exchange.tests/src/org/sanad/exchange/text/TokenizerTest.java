package org.sanad.exchange.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class TokenizerTest {

	private static List<String> tokens(String text) {
		return Tokenizer.tokens(text, 0, text.length()).stream().map(t -> text.substring(t[0], t[1])).toList();
	}

	@Test
	void arabicWordsStayWholeWithHarakatTatweelAndClitics() {
		assertEquals(List.of("قالَ", "مُحَمَّـــد", "والبنتاغون", "،", "ثم", "غادر", "."),
				tokens("قالَ مُحَمَّـــد والبنتاغون، ثم غادر."));
	}

	@Test
	void numbersKeepTheirSeparatorsAndPunctuationStandsAlone() {
		assertEquals(List.of("2,500", "جندي", "(", "٢٬٥٠٠", ")", "at", "10:30", "؟"), tokens("2,500 جندي (٢٬٥٠٠) at 10:30؟"));
		assertEquals(List.of("al-Asad", "'", "s", "base", ","), tokens("al-Asad 's base,"));
	}

	@Test
	void emojiSequencesAreOneTokenAndBidiMarksNone() {
		assertEquals(List.of("👨‍👩‍👧", "👍🏽", "نص"), tokens("\u200F👨‍👩‍👧 👍🏽\u200Fنص"));
	}

	@Test
	void tokensAreCutWhereAskedAndOnlyThere() {
		String text = "قال والبنتاغون إن";
		java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(3, 5, 14));
		assertEquals(List.of("قال", "و", "البنتاغون", "إن"), Tokenizer.tokens(text, 0, text.length(), cuts).stream()
				.map(t -> text.substring(t[0], t[1])).toList());
	}

	@Test
	void countingAgreesWithTheTokensOnEveryPrefix() {
		String text = "\u200Fقالَ مُحَمَّـــد: 2,500 جندي 👨‍👩‍👧 في al-Asad؟ (٢٬٥٠٠) 👍🏽.";
		for (int end = 0; end <= text.length(); end++) {
			if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
				continue; // not a place a token can end
			}
			assertEquals(Tokenizer.tokens(text, 0, end).size(), Tokenizer.count(text, 0, end), "prefix of " + end);
		}
	}

	@Test
	void countingLeavesOutRegions() {
		String text = "Connect with us\nقال المتحدث";
		assertEquals(5, Tokenizer.count(text, List.of()));
		org.sanad.model.BoilerplateRegion region = org.sanad.model.SanadFactory.eINSTANCE.createBoilerplateRegion();
		region.setBegin(0);
		region.setEnd(15);
		assertEquals(2, Tokenizer.count(text, List.of(region)));
	}
}
