package org.sanad.agreement.measure;

import java.util.List;

/**
 * Pairwise F1 between two coders' spans, treating either as the reference (F1 is symmetric):
 * exact (same begin and end) and overlap (a span counts as found when the other coder has a span
 * that shares a character with it), each without and with the label. Per-label counts give the
 * exact labelled F1 of each label.
 */
public final class SpanMatches {

	/** A span with its category index, end exclusive. */
	public record Span(int begin, int end, int label) {
	}

	private final long[] sizesA;
	private final long[] sizesB;
	private final long[] exactByLabel;
	private long exact;
	private long exactLabelled;
	private long aFound;
	private long bFound;
	private long aFoundLabelled;
	private long bFoundLabelled;

	/** @param labels the number of labels */
	public SpanMatches(int labels) {
		sizesA = new long[labels];
		sizesB = new long[labels];
		exactByLabel = new long[labels];
	}

	/**
	 * Adds one document's spans of each coder.
	 *
	 * @return whether the two coders placed exactly the same spans with the same labels
	 */
	public boolean add(List<Span> a, List<Span> b) {
		Span[] x = sorted(a);
		Span[] y = sorted(b);
		int longestX = longest(x);
		int longestY = longest(y);
		int exactBefore = (int) exactLabelled;
		for (Span s : x) {
			sizesA[s.label()]++;
			int found = search(y, longestY, s, false);
			aFound += found > 0 ? 1 : 0;
			aFoundLabelled += found > 1 ? 1 : 0;
		}
		for (Span s : y) {
			sizesB[s.label()]++;
			int found = search(x, longestX, s, true);
			bFound += found > 0 ? 1 : 0;
			bFoundLabelled += (found & 2) != 0 ? 1 : 0;
		}
		return x.length == y.length && exactLabelled - exactBefore == y.length;
	}

	private static Span[] sorted(List<Span> spans) {
		Span[] array = spans.toArray(Span[]::new);
		java.util.Arrays.sort(array, BY_BEGIN);
		return array;
	}

	private static final java.util.Comparator<Span> BY_BEGIN = (p, q) -> p.begin() != q.begin()
			? Integer.compare(p.begin(), q.begin()) : Integer.compare(p.end(), q.end());

	private static int longest(Span[] spans) {
		int longest = 0;
		for (Span s : spans) {
			longest = Math.max(longest, s.end() - s.begin());
		}
		return longest;
	}

	/**
	 * Looks for spans of {@code others} (sorted by begin) that overlap {@code span}; only those
	 * beginning after {@code span.begin() - longest} can.
	 *
	 * @param count whether to count exact matches (done once, from one side)
	 * @return bit 0: some span overlaps; bit 1: one with the same label overlaps
	 */
	private int search(Span[] others, int longest, Span span, boolean count) {
		int low = 0;
		int high = others.length;
		int from = span.begin() - longest;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (others[mid].begin() < from) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		int found = 0;
		boolean same = false;
		boolean sameLabelled = false;
		for (int i = low; i < others.length && others[i].begin() < span.end(); i++) {
			Span o = others[i];
			if (o.end() > span.begin()) {
				found |= 1;
				if (o.label() == span.label()) {
					found |= 2;
				}
				if (o.begin() == span.begin() && o.end() == span.end()) {
					same = true;
					sameLabelled |= o.label() == span.label();
				}
			}
		}
		if (count) {
			exact += same ? 1 : 0;
			if (sameLabelled) {
				exactLabelled++;
				exactByLabel[span.label()]++;
			}
		}
		return found;
	}

	/** @return the spans of both coders */
	public long spans() {
		return sum(sizesA) + sum(sizesB);
	}

	/** @return F1 of exact placement, labels ignored */
	public Estimate exact() {
		return ratio(2.0 * exact, sum(sizesA) + sum(sizesB));
	}

	/** @return F1 of exact placement with the same label */
	public Estimate exactLabelled() {
		return ratio(2.0 * exactLabelled, sum(sizesA) + sum(sizesB));
	}

	/** @return F1 of exact placement with the same label, for one label */
	public Estimate exactLabelled(int label) {
		return ratio(2.0 * exactByLabel[label], sizesA[label] + sizesB[label]);
	}

	/** @return the spans of one label, both coders */
	public long spans(int label) {
		return sizesA[label] + sizesB[label];
	}

	/** @return F1 of overlapping placement, labels ignored */
	public Estimate overlap() {
		return f1(aFound, bFound);
	}

	/** @return F1 of overlapping placement with the same label */
	public Estimate overlapLabelled() {
		return f1(aFoundLabelled, bFoundLabelled);
	}

	private Estimate f1(long aHits, long bHits) {
		long a = sum(sizesA);
		long b = sum(sizesB);
		if (a == 0 || b == 0) {
			return a + b == 0 ? Estimate.undefined(Estimate.NO_DATA) : Estimate.of(0);
		}
		double recall = (double) aHits / a;
		double precision = (double) bHits / b;
		return recall + precision == 0 ? Estimate.of(0) : Estimate.of(2 * precision * recall / (precision + recall));
	}

	private static Estimate ratio(double numerator, long denominator) {
		return denominator == 0 ? Estimate.undefined(Estimate.NO_DATA) : Estimate.of(numerator / denominator);
	}

	private static long sum(long[] values) {
		long s = 0;
		for (long v : values) {
			s += v;
		}
		return s;
	}
}
