package org.sanad.editing.text;

/**
 * Snaps a selection to whole words, the way annotators expect: a selection that starts or ends
 * inside a word grows to the word's edge, blanks and punctuation at its ends are dropped, and an
 * empty selection becomes the word at the caret. Arabic letters with their harakat, tatweel and
 * joiners (ZWJ, ZWNJ) count as one word; so do digits with separators ("2,500"). Whatever the
 * mode, a span never splits a character: surrogate pairs and combining marks stay whole.
 */
public final class WordSnapper {

	private WordSnapper() {
	}

	/**
	 * @param text  the document text
	 * @param begin selection start (UTF-16), in either order with {@code end}
	 * @param end   selection end
	 * @param words whether to snap to words or only keep characters whole
	 * @return {@code {begin, end}}, empty ({@code begin == end}) when there is no word to take
	 */
	public static int[] snap(String text, int begin, int end, boolean words) {
		int b = Math.max(0, Math.min(Math.min(begin, end), text.length()));
		int e = Math.max(0, Math.min(Math.max(begin, end), text.length()));
		b = characterStart(text, b);
		e = characterEnd(text, e);
		if (!words) {
			return new int[] { b, e };
		}
		if (b == e) {
			return wordAt(text, b);
		}
		while (b < e && !isWordChar(text, b)) {
			b += Character.charCount(text.codePointAt(b));
		}
		while (e > b && !isWordChar(text, e - Character.charCount(text.codePointBefore(e)))) {
			e -= Character.charCount(text.codePointBefore(e));
		}
		if (b == e) {
			return new int[] { b, b };
		}
		return new int[] { wordStart(text, b), wordEnd(text, e) };
	}

	/** @return the word at the caret, or an empty range there when the caret touches none */
	static int[] wordAt(String text, int caret) {
		if (caret < text.length() && isWordChar(text, caret)) {
			return new int[] { wordStart(text, caret), wordEnd(text, caret) };
		}
		if (caret > 0) {
			int before = caret - Character.charCount(text.codePointBefore(caret));
			if (isWordChar(text, before)) {
				return new int[] { wordStart(text, before), wordEnd(text, caret) };
			}
		}
		return new int[] { caret, caret };
	}

	private static int wordStart(String text, int at) {
		int b = at;
		while (b > 0) {
			int cp = text.codePointBefore(b);
			int prev = b - Character.charCount(cp);
			if (isWordChar(text, prev) || isInnerSeparator(text, prev)) {
				b = prev;
			} else {
				break;
			}
		}
		return b;
	}

	private static int wordEnd(String text, int at) {
		int e = at;
		while (e < text.length() && (isWordChar(text, e) || isInnerSeparator(text, e))) {
			e += Character.charCount(text.codePointAt(e));
		}
		return e;
	}

	/** A comma or point between two digits ("2,500", "3.5") belongs to the number. */
	private static boolean isInnerSeparator(String text, int at) {
		char c = text.charAt(at);
		if (c != ',' && c != '.' && c != '٬' && c != '٫') {
			return false;
		}
		return at > 0 && at + 1 < text.length() && Character.isDigit(text.codePointBefore(at))
				&& Character.isDigit(text.codePointAt(at + 1));
	}

	static boolean isWordChar(String text, int at) {
		int cp = text.codePointAt(at);
		if (Character.isLetterOrDigit(cp) || cp == 0x200C || cp == 0x200D) {
			return true;
		}
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	/** Moves back off the second half of a surrogate pair and off combining marks. */
	static int characterStart(String text, int at) {
		int b = at;
		if (b > 0 && b < text.length() && Character.isLowSurrogate(text.charAt(b))
				&& Character.isHighSurrogate(text.charAt(b - 1))) {
			b--;
		}
		while (b > 0 && b < text.length() && isMark(text.codePointAt(b))) {
			b -= Character.charCount(text.codePointBefore(b));
		}
		return b;
	}

	/** Moves forward off the second half of a surrogate pair and over trailing combining marks. */
	static int characterEnd(String text, int at) {
		int e = at;
		if (e > 0 && e < text.length() && Character.isLowSurrogate(text.charAt(e))
				&& Character.isHighSurrogate(text.charAt(e - 1))) {
			e++;
		}
		while (e > 0 && e < text.length() && isMark(text.codePointAt(e))) {
			e += Character.charCount(text.codePointAt(e));
		}
		return e;
	}

	private static boolean isMark(int cp) {
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK || cp == 0x200D;
	}
}
