package org.sanad.agreement.measure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Krippendorff's (1995) alpha for unitizing a continuum (u-alpha), per category and over all:
 * coders mark segments of [0, length) with categories; the observed disagreement sums, for every
 * pair of coders, the squared differences of the ends of segments that overlap, and the squared
 * length of each segment that falls in the other coder's gap; the expected disagreement considers
 * every placement of the same segments and gaps. Over all categories, observed and expected
 * disagreement are averaged across the categories present before dividing (as dkpro-statistics-
 * agreement does). Written here, not taken from that library, because its implementation walks the
 * whole study for every pair and category; this one sorts once and is linear in the segments.
 *
 * <p>A coder's segments of one category must not overlap; a later one that does is left out and
 * counted in {@link #leftOut()}.
 */
public final class UnitizingAlpha {

	private final int coders;
	private long length;
	private final List<List<long[]>> segments = new ArrayList<>();
	private long leftOut;
	private boolean normalised;

	/**
	 * @param coders the number of coders
	 * @param length the length of the continuum
	 */
	public UnitizingAlpha(int coders, long length) {
		this.coders = coders;
		this.length = length;
	}

	/**
	 * Lengthens the continuum, for pooling documents one after the other.
	 *
	 * @param by how many positions to add at the end
	 * @return where the added stretch begins
	 */
	public long extend(long by) {
		long base = length;
		length += by;
		return base;
	}

	/** @return the length of the continuum */
	public long length() {
		return length;
	}

	/** Marks {@code [begin, end)} with {@code category} for {@code coder}; empty segments are ignored. */
	public void add(int coder, int category, long begin, long end) {
		if (end <= begin) {
			return;
		}
		if (begin < 0 || end > length) {
			throw new IllegalArgumentException("segment [" + begin + ", " + end + ") outside [0, " + length + ")");
		}
		while (segments.size() <= category * coders + coder) {
			segments.add(new ArrayList<>());
		}
		segments.get(category * coders + coder).add(new long[] { begin, end });
		normalised = false;
	}

	/** @return the segments left out because they overlapped a segment of the same coder and category */
	public long leftOut() {
		normalise();
		return leftOut;
	}

	/** @return the number of segments counted */
	public long segments() {
		normalise();
		return segments.stream().mapToLong(List::size).sum();
	}

	/** @return u-alpha over all categories present */
	public Estimate alpha() {
		normalise();
		double observed = 0;
		double expected = 0;
		int present = 0;
		for (int c = 0; c * coders < segments.size(); c++) {
			if (count(c) > 0) {
				observed += observed(c);
				expected += expected(c);
				present++;
			}
		}
		return estimate(present, observed, expected);
	}

	/** @return u-alpha of one category */
	public Estimate alpha(int category) {
		normalise();
		int present = count(category) > 0 ? 1 : 0;
		return present == 0 ? Estimate.undefined(Estimate.NO_DATA)
				: estimate(1, observed(category), expected(category));
	}

	private static Estimate estimate(int present, double observed, double expected) {
		if (present == 0) {
			return Estimate.undefined(Estimate.NO_DATA);
		}
		if (expected == 0) {
			return Estimate.undefined(Estimate.NO_VARIATION);
		}
		return Estimate.of(1 - observed / expected);
	}

	private List<long[]> of(int category, int coder) {
		int index = category * coders + coder;
		return index < segments.size() ? segments.get(index) : List.of();
	}

	private int count(int category) {
		int n = 0;
		for (int r = 0; r < coders; r++) {
			n += of(category, r).size();
		}
		return n;
	}

	private void normalise() {
		if (normalised) {
			return;
		}
		leftOut = 0;
		for (List<long[]> list : segments) {
			list.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
			long end = Long.MIN_VALUE;
			for (var it = list.iterator(); it.hasNext();) {
				long[] s = it.next();
				if (s[0] < end) {
					it.remove();
					leftOut++;
				} else {
					end = s[1];
				}
			}
		}
		normalised = true;
	}

	private double observed(int category) {
		double sum = 0;
		for (int r1 = 0; r1 < coders; r1++) {
			for (int r2 = r1 + 1; r2 < coders; r2++) {
				sum += observedPair(of(category, r1), of(category, r2));
			}
		}
		return 2 * sum / ((double) coders * (coders - 1) * ((double) length * length));
	}

	private static double observedPair(List<long[]> a, List<long[]> b) {
		boolean[] aMet = new boolean[a.size()];
		boolean[] bMet = new boolean[b.size()];
		double sum = 0;
		int i = 0;
		int j = 0;
		while (i < a.size() && j < b.size()) {
			long[] x = a.get(i);
			long[] y = b.get(j);
			if (x[0] < y[1] && y[0] < x[1]) {
				double begins = x[0] - y[0];
				double ends = x[1] - y[1];
				sum += begins * begins + ends * ends;
				aMet[i] = true;
				bMet[j] = true;
			}
			if (x[1] <= y[1]) {
				i++;
			}
			if (y[1] <= x[1]) {
				j++;
			}
		}
		sum += inGaps(a, aMet) + inGaps(b, bMet);
		return sum;
	}

	/** Segments that overlap nothing of the other coder lie in one of its gaps: length² each. */
	private static double inGaps(List<long[]> segments, boolean[] met) {
		double sum = 0;
		for (int i = 0; i < met.length; i++) {
			if (!met[i]) {
				double l = segments.get(i)[1] - segments.get(i)[0];
				sum += l * l;
			}
		}
		return sum;
	}

	private double expected(int category) {
		int n = count(category);
		double squaredLengths = 0;
		long[] gaps = gaps(category);
		Arrays.sort(gaps);
		double[] suffix = new double[gaps.length + 1];
		for (int g = gaps.length - 1; g >= 0; g--) {
			suffix[g] = suffix[g + 1] + gaps[g];
		}
		double sum = 0;
		for (int r = 0; r < coders; r++) {
			for (long[] s : of(category, r)) {
				double l = s[1] - s[0];
				squaredLengths += l * (l - 1);
				int first = firstAtLeast(gaps, s[1] - s[0]);
				double fits = suffix[first] - (double) (gaps.length - first) * (l - 1);
				sum += (n - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * fits;
			}
		}
		double all = (double) coders * length;
		return sum * 2 / length / (all * (all - 1) - squaredLengths);
	}

	private long[] gaps(int category) {
		List<Long> gaps = new ArrayList<>();
		for (int r = 0; r < coders; r++) {
			long at = 0;
			for (long[] s : of(category, r)) {
				if (s[0] > at) {
					gaps.add(s[0] - at);
				}
				at = s[1];
			}
			if (length > at) {
				gaps.add(length - at);
			}
		}
		return gaps.stream().mapToLong(Long::longValue).toArray();
	}

	private static int firstAtLeast(long[] sorted, long value) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (sorted[mid] < value) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}
}
