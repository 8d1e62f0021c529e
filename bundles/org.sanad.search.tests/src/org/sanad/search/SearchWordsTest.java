package org.sanad.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Words with their offsets in the original text, normalised as search compares them. */
class SearchWordsTest {

	@Test
	void offsetsPointIntoTheOriginalTextAndFormsAreFolded() {
		String text = "قالَ أحمد إنّ المدرســة ١٢ Ali";
		List<SearchWords.Word> words = SearchWords.of(text);
		assertEquals(List.of("قال", "احمد", "ان", "المدرسه", "12", "ali"),
				words.stream().map(SearchWords.Word::normalised).toList());
		for (SearchWords.Word word : words) {
			String original = text.substring(word.begin(), word.end());
			assertEquals(word.normalised(), SearchWords.normalise(original), "the span " + original + " is the word");
		}
		assertEquals("المدرســة", text.substring(words.get(3).begin(), words.get(3).end()), "tatweel kept in the span");
	}

	@Test
	void phrasesCompareOnceNormalised() {
		assertEquals(SearchWords.normalise("وزارة الدفاع"), SearchWords.normalise("وزارةُ  الدِّفاع"));
		assertEquals("", SearchWords.normalise("  ، "));
	}
}
