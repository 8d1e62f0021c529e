package org.sanad.exchange.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Sanad's tokenizer, for exports (CoNLL tokens, UIMA Token annotations) and the card's token
 * counts. Written by hand because it must never
 * change a character or an offset, must keep an Arabic word whole with its harakat, tatweel and
 * joiners, and must be linear in the text; the JDK's word BreakIterator splits "2,500" and
 * emoji ZWJ sequences apart.
 * <p>
 * A token is a maximal run of letters, combining marks, digits, connector punctuation and format
 * characters (ZWJ, ZWNJ); a '.', ',', '٫', '٬' or ':' between two digits, and a hyphen or
 * apostrophe between two letters, stay inside it ("2,500", "10:30", "al-Asad"); a format
 * character outside a word (a bidi mark) is skipped like white space. Every other
 * character that is not white space is a token of its own, with the combining marks, variation
 * selectors and emoji modifiers that follow it, and an emoji ZWJ sequence is one token. Arabic
 * clitics (و، ب، ال) are not split off: "والبنتاغون" is one token.
 */
public final class Tokenizer {

	private Tokenizer() {
	}

	/** @return the tokens of {@code text[begin, end)} as UTF-16 {begin, end} pairs */
	public static List<int[]> tokens(CharSequence text, int begin, int end) {
		List<int[]> tokens = new ArrayList<>();
		for (int start = skip(text, begin, end); start < end;) {
			int stop = tokenEnd(text, start, end);
			tokens.add(new int[] { start, stop });
			start = skip(text, stop, end);
		}
		return tokens;
	}

	/** @return how many tokens {@link #tokens(CharSequence, int, int)} finds, without making them */
	public static int count(CharSequence text, int begin, int end) {
		int count = 0;
		for (int start = skip(text, begin, end); start < end; start = skip(text, tokenEnd(text, start, end), end)) {
			count++;
		}
		return count;
	}

	/** @return the first offset from {@code i} on where a token starts, or {@code end} */
	private static int skip(CharSequence text, int i, int end) {
		while (i < end) {
			int c = Character.codePointAt(text, i);
			if (!isSpace(c) && Character.getType(c) != Character.FORMAT) {
				return i;
			}
			// Bidi marks and joiners outside a word (an RLM before a line) make no token.
			i += Character.charCount(c);
		}
		return end;
	}

	/** @return where the token that starts at {@code i} ends */
	private static int tokenEnd(CharSequence text, int i, int end) {
		return isWordPart(Character.codePointAt(text, i)) ? wordEnd(text, i, end) : symbolEnd(text, i, end);
	}

	/**
	 * @param cuts offsets where a token is cut in two if it runs across them (where an entity
	 *             begins or ends inside a word: "و" + "البنتاغون")
	 * @return the tokens of {@code text[begin, end)} as UTF-16 {begin, end} pairs
	 */
	public static List<int[]> tokens(CharSequence text, int begin, int end, java.util.NavigableSet<Integer> cuts) {
		List<int[]> tokens = new ArrayList<>();
		for (int[] token : tokens(text, begin, end)) {
			int start = token[0];
			for (int at : cuts.subSet(token[0], false, token[1], false)) {
				tokens.add(new int[] { start, at });
				start = at;
			}
			tokens.add(new int[] { start, token[1] });
		}
		return tokens;
	}

	/** @return the number of tokens of the text outside the given regions (sorted, not overlapping) */
	public static int count(String text, java.util.List<? extends org.sanad.model.TextSpan> leftOut) {
		int count = 0;
		int at = 0;
		for (org.sanad.model.TextSpan region : leftOut) {
			count += count(text, at, Math.max(at, region.getBegin()));
			at = Math.max(at, region.getEnd());
		}
		return count + count(text, at, text.length());
	}

	private static int wordEnd(CharSequence text, int i, int end) {
		int previous = -1;
		while (i < end) {
			int c = Character.codePointAt(text, i);
			int width = Character.charCount(c);
			if (isWordPart(c)) {
				previous = c;
				i += width;
				continue;
			}
			if (i + width < end && previous >= 0) {
				int next = Character.codePointAt(text, i + width);
				boolean numberJoiner = (c == '.' || c == ',' || c == '٫' || c == '٬' || c == ':')
						&& Character.isDigit(previous) && Character.isDigit(next);
				boolean wordJoiner = (c == '-' || c == '\'' || c == '’') && Character.isLetter(previous)
						&& Character.isLetter(next);
				if (numberJoiner || wordJoiner) {
					i += width;
					continue;
				}
			}
			break;
		}
		return i;
	}

	private static int symbolEnd(CharSequence text, int i, int end) {
		i += Character.charCount(Character.codePointAt(text, i));
		while (i < end) {
			int c = Character.codePointAt(text, i);
			if (isAttached(c)) {
				i += Character.charCount(c);
			} else if (c == 0x200D && i + 1 < end && !isSpace(Character.codePointAt(text, i + 1))) {
				// A zero-width joiner inside an emoji sequence joins the next symbol to this token.
				i += 1;
				i += Character.charCount(Character.codePointAt(text, i));
			} else {
				break;
			}
		}
		return i;
	}

	private static boolean isSpace(int c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	private static boolean isWordPart(int c) {
		return switch (Character.getType(c)) {
		case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
				Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
				Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.DECIMAL_DIGIT_NUMBER,
				Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.CONNECTOR_PUNCTUATION, Character.FORMAT -> true;
		default -> false;
		};
	}

	/** Marks, variation selectors and skin-tone modifiers belong to the character before them. */
	private static boolean isAttached(int c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| type == Character.COMBINING_SPACING_MARK || c >= 0xFE00 && c <= 0xFE0F || c >= 0x1F3FB && c <= 0x1F3FF
				|| c >= 0xE0100 && c <= 0xE01EF;
	}
}
