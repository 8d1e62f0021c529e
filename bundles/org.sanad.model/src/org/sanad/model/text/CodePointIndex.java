package org.sanad.model.text;

import java.util.Arrays;

/**
 * Converts offsets of one text between UTF-16 code units and Unicode code points. Built once per
 * text in O(n); each conversion is a binary search over the text's surrogate pairs (none for most
 * Arabic news, so conversions are then the identity).
 */
public final class CodePointIndex {

	private final int length;
	/** UTF-16 offsets of the high surrogate of every pair, ascending. */
	private final int[] pairs;

	private CodePointIndex(int length, int[] pairs) {
		this.length = length;
		this.pairs = pairs;
	}

	/** @return the index of {@code text} */
	public static CodePointIndex of(CharSequence text) {
		int[] found = new int[8];
		int count = 0;
		for (int i = 0; i + 1 < text.length(); i++) {
			if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
				if (count == found.length) {
					found = Arrays.copyOf(found, count * 2);
				}
				found[count++] = i++;
			}
		}
		return new CodePointIndex(text.length(), Arrays.copyOf(found, count));
	}

	/** @return the text's length in UTF-16 code units */
	public int utf16Length() {
		return length;
	}

	/** @return the text's length in code points */
	public int codePointLength() {
		return length - pairs.length;
	}

	/** @return whether the offset lies within the text and not between the halves of a pair */
	public boolean isBoundary(int utf16Offset) {
		return utf16Offset >= 0 && utf16Offset <= length && Arrays.binarySearch(pairs, utf16Offset - 1) < 0;
	}

	/**
	 * @return the code point offset of a UTF-16 offset
	 * @throws IllegalArgumentException if the offset is outside the text or splits a surrogate pair
	 */
	public int toCodePoints(int utf16Offset) {
		if (!isBoundary(utf16Offset)) {
			throw new IllegalArgumentException("UTF-16 offset " + utf16Offset + " is outside the text (length "
					+ length + ") or splits a surrogate pair");
		}
		int before = Arrays.binarySearch(pairs, utf16Offset);
		return utf16Offset - (before >= 0 ? before : -before - 1);
	}

	/**
	 * @return the UTF-16 offset of a code point offset
	 * @throws IllegalArgumentException if the offset is outside the text
	 */
	public int toUtf16(int codePointOffset) {
		if (codePointOffset < 0 || codePointOffset > codePointLength()) {
			throw new IllegalArgumentException("code point offset " + codePointOffset + " is outside the text (length "
					+ codePointLength() + ")");
		}
		// The number of pairs before the target is the largest k with pairs[k-1] - (k-1) < codePointOffset.
		int low = 0;
		int high = pairs.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (pairs[mid] - mid < codePointOffset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return codePointOffset + low;
	}
}
