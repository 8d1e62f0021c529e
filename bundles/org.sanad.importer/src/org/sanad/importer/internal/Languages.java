package org.sanad.importer.internal;

/** A guess at a text's language from its letters' scripts: enough to choose the base direction. */
public final class Languages {

	/**
	 * Characters looked at, spread evenly over the text: a fixed cost per document (looking at the
	 * first 4,000 characters was a tenth of reading a news article), and the whole text has a say.
	 */
	static final int SAMPLE = 1024;

	private Languages() {
	}

	/** @return {@code ar} when Arabic letters are the majority, {@code en} for Latin, {@code und} otherwise */
	public static String guess(String text) {
		long arabic = 0;
		long latin = 0;
		int step = Math.max(1, (text.length() + SAMPLE - 1) / SAMPLE);
		for (int i = 0; i < text.length(); i += step) {
			char c = text.charAt(i);
			// The common letters first: ASCII, then the Arabic alphabet (U+0620 to U+064A, all letters).
			if (c < 0x80) {
				if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
					latin++;
				}
			} else if (c >= 0x0620 && c <= 0x064A) {
				arabic++;
			} else if (isArabicLetter(c)) {
				arabic++;
			} else if (isLatinLetter(c)) {
				latin++;
			}
		}
		if (arabic == 0 && latin == 0) {
			return "und";
		}
		return arabic >= latin ? "ar" : "en";
	}

	/** Arabic letters of the Arabic blocks and presentation forms; range checks, no table look-up. */
	static boolean isArabicLetter(int c) {
		boolean arabicBlock = (c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || (c >= 0x06FA && c <= 0x06FF)
				|| (c >= 0x0750 && c <= 0x077F) || (c >= 0x08A0 && c <= 0x08C9) || (c >= 0xFB50 && c <= 0xFDFB)
				|| (c >= 0xFE70 && c <= 0xFEFC);
		return arabicBlock && Character.isLetter(c);
	}

	private static boolean isLatinLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0x00C0 && c <= 0x024F && Character.isLetter(c));
	}
}
