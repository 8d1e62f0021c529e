package org.sanad.editing.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the marks that overlap a region of a long text in time proportional to the region, not to
 * the text or the number of marks: the text is cut into blocks and each mark is listed in the
 * blocks it touches. An editor styles only the visible lines with it.
 */
public final class MarkIndex<M extends Spanned> {

	/** Block size in UTF-16 units: a screen of text touches a handful of blocks. */
	static final int BLOCK = 512;

	private final Map<Integer, List<M>> blocks = new HashMap<>();
	private final Set<M> all = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

	/** Adds a mark; adding one already in the index does nothing. */
	public void add(M mark) {
		if (!all.add(mark)) {
			return;
		}
		for (int b = first(mark); b <= last(mark); b++) {
			blocks.computeIfAbsent(b, k -> new ArrayList<>(4)).add(mark);
		}
	}

	/** Removes a mark, found by identity. */
	public void remove(M mark) {
		if (!all.remove(mark)) {
			return;
		}
		for (int b = first(mark); b <= last(mark); b++) {
			List<M> list = blocks.get(b);
			if (list != null) {
				list.removeIf(m -> m == mark);
				if (list.isEmpty()) {
					blocks.remove(b);
				}
			}
		}
	}

	public void addAll(Collection<? extends M> marks) {
		marks.forEach(this::add);
	}

	public void removeAll(Collection<? extends M> marks) {
		marks.forEach(this::remove);
	}

	/** @return the marks overlapping [begin, end), or touching {@code begin} when the range is empty, by begin */
	public List<M> overlapping(int begin, int end) {
		int to = Math.max(end, begin + 1);
		List<M> found = new ArrayList<>();
		Set<M> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
		for (int b = Math.floorDiv(begin, BLOCK); b <= Math.floorDiv(to - 1, BLOCK); b++) {
			List<M> list = blocks.get(b);
			if (list == null) {
				continue;
			}
			for (M mark : list) {
				if (mark.overlaps(begin, to) && seen.add(mark)) {
					found.add(mark);
				}
			}
		}
		found.sort(Comparator.comparingInt(Spanned::begin).thenComparing(Comparator.comparingInt(Spanned::end).reversed()));
		return found;
	}

	/** @return how many marks the index holds */
	public int size() {
		return all.size();
	}

	private static int first(Spanned mark) {
		return Math.floorDiv(mark.begin(), BLOCK);
	}

	private static int last(Spanned mark) {
		return Math.floorDiv(Math.max(mark.end(), mark.begin() + 1) - 1, BLOCK);
	}
}
