package org.sanad.agreement.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanad.agreement.measure.Coincidences;

/**
 * A feature's categories in scale order, with one more, "(other)", for values the project's schema
 * does not name (so that a value is never silently dropped).
 */
final class Categories {

	static final String OTHER = "(other)";

	private final List<String> names;
	private final Map<String, Integer> index = new HashMap<>();

	Categories(List<String> known) {
		names = new ArrayList<>(known);
		names.add(OTHER);
		for (int i = 0; i < names.size(); i++) {
			index.putIfAbsent(names.get(i), i);
		}
	}

	/** @return the index of {@code value}, {@link Coincidences#MISSING} for null */
	int of(String value) {
		if (value == null) {
			return Coincidences.MISSING;
		}
		return index.getOrDefault(value, names.size() - 1);
	}

	List<String> names() {
		return names;
	}
}
