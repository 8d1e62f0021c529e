package org.sanad.exchange.internal;

/** Folder names for annotators' sets that every file system takes. */
final class FolderNames {

	private FolderNames() {
	}

	/**
	 * @return the name with every character other than letters, digits, '.', '_' and '-' as
	 *         {@code %XX} of its UTF-8 bytes; an annotator named "gold" gets "%67old",
	 *         since "gold" is the gold set's folder
	 */
	static String of(String annotator) {
		StringBuilder name = new StringBuilder();
		annotator.codePoints().forEach(c -> {
			if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' && name.length() > 0) {
				name.appendCodePoint(c);
			} else {
				for (byte b : new String(Character.toChars(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
					name.append('%').append(String.format("%02X", b & 0xff));
				}
			}
		});
		return name.toString().equals("gold") ? "%67old" : name.toString();
	}
}
