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

	/** Segments are packed into one long each: begin times 2^24 plus length, so that sorting sorts by begin. */
	private static final int LENGTH_BITS = 24;
	private static final long MAX_LENGTH = (1L << LENGTH_BITS) - 1;

	private final int coders;
	private long length;
	private final List<Segments> segments = new ArrayList<>();
	private long leftOut;
	private boolean normalised;

	/** One coder's segments of one category, packed. */
	private static final class Segments {
		long[] packed = new long[16];
		int size;

		void add(long segment) {
			if (size == packed.length) {
				packed = Arrays.copyOf(packed, size * 2);
			}
			packed[size++] = segment;
		}

		long begin(int i) {
			return packed[i] >>> LENGTH_BITS;
		}

		long end(int i) {
			return begin(i) + (packed[i] & MAX_LENGTH);
		}
	}

	private static final Segments NONE = new Segments();

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

	/**
	 * Marks {@code [begin, end)} with {@code category} for {@code coder}; empty segments are ignored.
	 *
	 * @throws IllegalArgumentException if the segment lies outside the continuum or is longer than 2^24 - 1
	 */
	public void add(int coder, int category, long begin, long end) {
		if (end <= begin) {
			return;
		}
		if (begin < 0 || end > length || end - begin > MAX_LENGTH) {
			throw new IllegalArgumentException("segment [" + begin + ", " + end + ") outside [0, " + length + ")"
					+ " or too long");
		}
		while (segments.size() <= category * coders + coder) {
			segments.add(new Segments());
		}
		segments.get(category * coders + coder).add(begin << LENGTH_BITS | (end - begin));
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
		return segments.stream().mapToLong(s -> s.size).sum();
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

	private Segments of(int category, int coder) {
		int index = category * coders + coder;
		return index < segments.size() ? segments.get(index) : NONE;
	}

	private int count(int category) {
		int n = 0;
		for (int r = 0; r < coders; r++) {
			n += of(category, r).size;
		}
		return n;
	}

	private void normalise() {
		if (normalised) {
			return;
		}
		for (Segments list : segments) {
			Arrays.sort(list.packed, 0, list.size);
			long end = Long.MIN_VALUE;
			int kept = 0;
			for (int i = 0; i < list.size; i++) {
				if (list.begin(i) < end) {
					leftOut++;
				} else {
					end = list.end(i);
					list.packed[kept++] = list.packed[i];
				}
			}
			list.size = kept;
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

	private static double observedPair(Segments a, Segments b) {
		boolean[] aMet = new boolean[a.size];
		boolean[] bMet = new boolean[b.size];
		double sum = 0;
		int i = 0;
		int j = 0;
		while (i < a.size && j < b.size) {
			long aEnd = a.end(i);
			long bEnd = b.end(j);
			if (a.begin(i) < bEnd && b.begin(j) < aEnd) {
				double begins = a.begin(i) - b.begin(j);
				double ends = aEnd - bEnd;
				sum += begins * begins + ends * ends;
				aMet[i] = true;
				bMet[j] = true;
			}
			if (aEnd <= bEnd) {
				i++;
			}
			if (bEnd <= aEnd) {
				j++;
			}
		}
		return sum + inGaps(a, aMet) + inGaps(b, bMet);
	}

	/** Segments that overlap nothing of the other coder lie in one of its gaps: length² each. */
	private static double inGaps(Segments segments, boolean[] met) {
		double sum = 0;
		for (int i = 0; i < met.length; i++) {
			if (!met[i]) {
				double l = segments.end(i) - segments.begin(i);
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
			Segments mine = of(category, r);
			for (int i = 0; i < mine.size; i++) {
				long span = mine.end(i) - mine.begin(i);
				double l = span;
				squaredLengths += l * (l - 1);
				int first = firstAtLeast(gaps, span);
				double fits = suffix[first] - (double) (gaps.length - first) * (l - 1);
				sum += (n - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * fits;
			}
		}
		double all = (double) coders * length;
		return sum * 2 / length / (all * (all - 1) - squaredLengths);
	}

	/** @return the lengths of every coder's gaps (the stretches between its segments) */
	private long[] gaps(int category) {
		long[] gaps = new long[count(category) + coders];
		int size = 0;
		for (int r = 0; r < coders; r++) {
			Segments mine = of(category, r);
			long at = 0;
			for (int i = 0; i < mine.size; i++) {
				if (mine.begin(i) > at) {
					gaps[size++] = mine.begin(i) - at;
				}
				at = mine.end(i);
			}
			if (length > at) {
				gaps[size++] = length - at;
			}
		}
		return Arrays.copyOf(gaps, size);
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
