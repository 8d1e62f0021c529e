package org.sanad.exchange.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sentence boundaries for CoNLL export: the JDK's sentence {@link BreakIterator} for the
 * document's language (Arabic rules for Arabic: it ends sentences at '.', '!', '?' and '؟'), and
 * every line break, since a scraped news page puts each paragraph, heading and caption on a line
 * of its own. A boundary that would cut an entity in two is not taken.
 */
public final class Sentences {

	private Sentences() {
	}

	/**
	 * @param keep whether a boundary may fall at an offset; the caller refuses offsets inside entities
	 * @return the sentences as UTF-16 {begin, end} pairs, trimmed of white space, empty ones left out
	 */
	public static List<int[]> split(String text, String language, java.util.function.IntPredicate keep) {
		Locale locale = language == null || language.isBlank() ? Locale.ROOT : Locale.forLanguageTag(language);
		BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
		List<int[]> result = new ArrayList<>();
		int start = 0;
		int lineStart = 0;
		while (lineStart <= text.length()) {
			int lineEnd = text.indexOf('\n', lineStart);
			lineEnd = lineEnd < 0 ? text.length() : lineEnd;
			sentences.setText(text.substring(lineStart, lineEnd));
			for (int b = sentences.next(); b != BreakIterator.DONE; b = sentences.next()) {
				int boundary = lineStart + b;
				if (keep.test(boundary)) {
					add(text, start, boundary, result);
					start = boundary;
				}
			}
			lineStart = lineEnd + 1;
		}
		add(text, start, text.length(), result);
		return result;
	}

	private static void add(String text, int begin, int end, List<int[]> result) {
		while (begin < end && Character.isWhitespace(text.charAt(begin))) {
			begin++;
		}
		while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		if (begin < end) {
			result.add(new int[] { begin, end });
		}
	}
}
