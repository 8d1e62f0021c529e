package org.sanad.search;

/**
 * Where a query matched in a document's text, in UTF-16 code units (Java's and SWT's offsets),
 * begin inclusive and end exclusive: the same offsets the store and the editor use.
 *
 * @param begin the first char of the match
 * @param end   one past its last char
 */
public record TextMatch(int begin, int end) {

	public TextMatch {
		if (begin < 0 || end < begin) {
			throw new IllegalArgumentException("Not a match: " + begin + ".." + end);
		}
	}
}
