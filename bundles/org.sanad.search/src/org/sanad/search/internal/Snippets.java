package org.sanad.search.internal;

import java.util.List;

import org.sanad.search.SearchHit;
import org.sanad.search.TextMatch;

/** Cuts a snippet around the first match, at word boundaries, keeping the text's offsets. */
final class Snippets {

	/** Chars of context before and after the first match. */
	private static final int BEFORE = 60;
	private static final int AFTER = 140;

	private Snippets() {
	}

	static SearchHit hit(String id, String title, float score, String text, List<TextMatch> matches) {
		int anchor = matches.isEmpty() ? 0 : matches.get(0).begin();
		int anchorEnd = matches.isEmpty() ? 0 : matches.get(0).end();
		int begin = Math.max(0, anchor - BEFORE);
		int end = Math.min(text.length(), Math.max(anchorEnd, anchor) + AFTER);
		if (begin > 0) {
			int space = indexOfSpace(text, begin, anchor);
			begin = space < 0 ? begin : space + 1;
		}
		if (end < text.length()) {
			int space = lastIndexOfSpace(text, Math.max(anchorEnd, begin), end);
			end = space < 0 ? end : space;
		}
		if (begin > 0 && Character.isLowSurrogate(text.charAt(begin))) {
			begin++; // never cut a character in two
		}
		if (end < text.length() && end > begin && Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		// line breaks become spaces: a snippet is one line, and its offsets stay the text's
		String snippet = text.substring(begin, end).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
		return new SearchHit(id, title, score, snippet, begin, matches);
	}

	private static int indexOfSpace(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}

	private static int lastIndexOfSpace(String text, int from, int to) {
		for (int i = to - 1; i >= from; i--) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i;
			}
		}
		return -1;
	}
}
