package org.sanad.editing.text;

/**
 * A paragraph's direction from its first strong character, as HTML's {@code dir="auto"} and the
 * Unicode Bidirectional Algorithm (rules P2, P3) take it: a Latin line in an Arabic document reads
 * left to right ("Hi, what are you looking for?", not "?Hi, what are you looking for").
 *
 * @since 0.2
 */
public enum ParagraphDirection {
	/** The first strong character is left-to-right (Latin, say). */
	LEFT_TO_RIGHT,
	/** The first strong character is right-to-left (Arabic, Hebrew). */
	RIGHT_TO_LEFT,
	/** No strong character (digits, punctuation, spaces): the surrounding direction applies. */
	NEUTRAL;

	/** @return the direction of {@code paragraph}'s first strong character */
	public static ParagraphDirection of(CharSequence paragraph) {
		for (int i = 0; i < paragraph.length();) {
			int c = Character.codePointAt(paragraph, i);
			switch (Character.getDirectionality(c)) {
			case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
				return LEFT_TO_RIGHT;
			case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
				return RIGHT_TO_LEFT;
			default:
				i += Character.charCount(c);
			}
		}
		return NEUTRAL;
	}
}
