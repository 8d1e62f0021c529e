package org.sanad.importer.internal;

/** A guess at a text's language from its letters' scripts: enough to choose the base direction. */
public final class Languages {

	private Languages() {
	}

	/** @return {@code ar} when Arabic letters are the majority, {@code en} for Latin, {@code und} otherwise */
	public static String guess(String text) {
		long arabic = 0;
		long latin = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isArabicLetter(c)) {
				arabic++;
			} else if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
				latin++;
			}
		}
		if (arabic == 0 && latin == 0) {
			return "und";
		}
		return arabic >= latin ? "ar" : "en";
	}

	static boolean isArabicLetter(int codePoint) {
		return Character.isLetter(codePoint) && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ARABIC;
	}
}
