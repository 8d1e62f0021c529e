package org.sanad.editing.text;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Keeps a value per line of a text (for example its styles) until the caller says a range of the
 * text changed. A text widget asks for the same line several times per repaint; computing it
 * again each time costs more than keeping it. Lines are keyed by their first offset (UTF-16) and
 * remember their end, so a line that became longer or shorter is computed again.
 *
 * @param <V> what is kept per line
 */
public final class LineCache<V> {

	private record Line<V>(int end, V value) {
	}

	private final int capacity;
	private final NavigableMap<Integer, Line<V>> lines = new TreeMap<>();

	/** @param capacity how many lines to keep; more than a screen shows, beyond it the cache starts again */
	public LineCache(int capacity) {
		this.capacity = capacity;
	}

	/** @return the kept value of the line [begin, end], or a new one from {@code compute}, kept */
	public V get(int begin, int end, Supplier<V> compute) {
		Line<V> kept = lines.get(begin);
		if (kept == null || kept.end() != end) {
			if (lines.size() >= capacity) {
				lines.clear();
			}
			kept = new Line<>(end, compute.get());
			lines.put(begin, kept);
		}
		return kept.value();
	}

	/** Drops every line touching [begin, end]: something in that range looks different now. */
	public void forget(int begin, int end) {
		Map.Entry<Integer, Line<V>> before = lines.floorEntry(begin);
		int from = before == null ? begin : before.getKey();
		lines.subMap(from, true, end, true).entrySet().removeIf(e -> e.getValue().end() >= begin);
	}

	public void forgetAll() {
		lines.clear();
	}

	/** @return how many lines are kept */
	public int size() {
		return lines.size();
	}
}
