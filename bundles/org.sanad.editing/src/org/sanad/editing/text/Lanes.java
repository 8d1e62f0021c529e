package org.sanad.editing.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Gives overlapping marks different lanes (rows under the text), so that nested and crossing
 * spans all stay visible: each mark takes the lowest lane free over its whole range. Longer marks
 * starting at the same place go first, so an outer span takes a lower lane than those inside it.
 */
public final class Lanes {

	private Lanes() {
	}

	/** @return the lane of each mark, in the order of {@code marks}; lane 0 is nearest the text */
	public static int[] assign(List<? extends Spanned> marks) {
		Integer[] order = new Integer[marks.size()];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		java.util.Arrays.sort(order, Comparator.<Integer>comparingInt(i -> marks.get(i).begin())
				.thenComparing(Comparator.<Integer>comparingInt(i -> marks.get(i).end()).reversed()));
		List<Integer> laneEnds = new ArrayList<>();
		int[] lanes = new int[marks.size()];
		for (int i : order) {
			Spanned mark = marks.get(i);
			int lane = 0;
			while (lane < laneEnds.size() && laneEnds.get(lane) > mark.begin()) {
				lane++;
			}
			if (lane == laneEnds.size()) {
				laneEnds.add(mark.end());
			} else {
				laneEnds.set(lane, mark.end());
			}
			lanes[i] = lane;
		}
		return lanes;
	}
}
