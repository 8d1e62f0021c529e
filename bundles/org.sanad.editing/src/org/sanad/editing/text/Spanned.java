package org.sanad.editing.text;

import org.osgi.annotation.versioning.ConsumerType;

/** Anything that covers a range of a text: UTF-16 offsets, begin inclusive, end exclusive. */
@ConsumerType
public interface Spanned {

	int begin();

	int end();

	/** @return whether this range and [begin, end) share at least one character */
	default boolean overlaps(int begin, int end) {
		return begin() < end && begin < end();
	}
}
