package org.sanad.exchange;

import java.util.Arrays;

/** What an exported offset counts. Sanad stores UTF-16 code units; Python counts code points. */
public enum OffsetUnit {

	/** UTF-16 code units, as Java, JavaScript and UIMA count. */
	UTF16("utf16"),

	/** Unicode code points, as Python counts: an emoji outside the BMP is one, not two. */
	CODEPOINT("codepoint");

	private final String id;

	OffsetUnit(String id) {
		this.id = id;
	}

	/** @return the name used on the command line and in files: {@code utf16} or {@code codepoint} */
	public String id() {
		return id;
	}

	/**
	 * @return the unit with this {@link #id()}
	 * @throws IllegalArgumentException naming the accepted values
	 */
	public static OffsetUnit of(String id) {
		return Arrays.stream(values()).filter(u -> u.id.equals(id)).findFirst().orElseThrow(
				() -> new IllegalArgumentException("offsets are 'codepoint' or 'utf16', not '" + id + "'"));
	}
}
