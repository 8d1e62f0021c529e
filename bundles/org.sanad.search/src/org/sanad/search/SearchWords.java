package org.sanad.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.sanad.search.internal.ArabicSearchAnalyzer;

/**
 * A text's words as Sanad's search sees them (the exact field: Unicode word boundaries, lower
 * case, Arabic-Indic digits as 0–9, alef forms, alef maqsura and taa marbuta folded, harakat and
 * tatweel removed; no stemming). For plugins that should match words the way search finds them,
 * a gazetteer for example.
 */
public final class SearchWords {

	/**
	 * One word of the text.
	 *
	 * @param begin      where it begins, in UTF-16 code units of the text
	 * @param end        where it ends (exclusive), in UTF-16 code units
	 * @param normalised the word as search indexes it
	 */
	public record Word(int begin, int end, String normalised) {
	}

	private static final Analyzer EXACT = ArabicSearchAnalyzer.exact();

	private SearchWords() {
	}

	/** @return the words of the text, in order */
	public static List<Word> of(String text) {
		List<Word> words = new ArrayList<>();
		try (TokenStream stream = EXACT.tokenStream("exact", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				words.add(new Word(offset.startOffset(), offset.endOffset(), term.toString()));
			}
			stream.end();
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read words from a string", e); // a StringReader does not fail
		}
		return words;
	}

	/** @return the text's words, normalised, joined by single spaces: a phrase as search compares it */
	public static String normalise(String text) {
		return String.join(" ", of(text).stream().map(Word::normalised).toList());
	}
}
