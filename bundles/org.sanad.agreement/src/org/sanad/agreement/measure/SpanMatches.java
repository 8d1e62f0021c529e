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

	/** Adds one document's spans of each coder. */
	public void add(List<Span> a, List<Span> b) {
		for (Span x : a) {
			sizesA[x.label()]++;
			boolean found = false;
			boolean foundLabelled = false;
			for (Span y : b) {
				if (x.begin() < y.end() && y.begin() < x.end()) {
					found = true;
					foundLabelled |= x.label() == y.label();
				}
			}
			aFound += found ? 1 : 0;
			aFoundLabelled += foundLabelled ? 1 : 0;
		}
		for (Span y : b) {
			sizesB[y.label()]++;
			boolean found = false;
			boolean foundLabelled = false;
			boolean same = false;
			boolean sameLabelled = false;
			for (Span x : a) {
				if (x.begin() < y.end() && y.begin() < x.end()) {
					found = true;
					foundLabelled |= x.label() == y.label();
					if (x.begin() == y.begin() && x.end() == y.end()) {
						same = true;
						sameLabelled |= x.label() == y.label();
					}
				}
			}
			bFound += found ? 1 : 0;
			bFoundLabelled += foundLabelled ? 1 : 0;
			exact += same ? 1 : 0;
			if (sameLabelled) {
				exactLabelled++;
				exactByLabel[y.label()]++;
			}
		}
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
