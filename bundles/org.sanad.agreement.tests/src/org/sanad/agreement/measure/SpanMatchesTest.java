package org.sanad.agreement.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanad.agreement.measure.SpanMatches.Span;

/** The sweep over sorted spans against counting every pair, on random nested and overlapping spans. */
class SpanMatchesTest {

	private static List<Span> spans(Random random, int n) {
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			int begin = random.nextInt(300);
			spans.add(new Span(begin, begin + 1 + random.nextInt(random.nextDouble() < 0.1 ? 80 : 12), random.nextInt(3)));
		}
		return spans;
	}

	private static boolean overlaps(Span x, Span y) {
		return x.begin() < y.end() && y.begin() < x.end();
	}

	private static double f1(long aHits, long aSize, long bHits, long bSize) {
		double recall = (double) aHits / aSize;
		double precision = (double) bHits / bSize;
		return recall + precision == 0 ? 0 : 2 * precision * recall / (precision + recall);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5, 6 })
	void theSweepCountsWhatEveryPairWouldCount(long seed) {
		Random random = new Random(seed);
		SpanMatches matches = new SpanMatches(3);
		long aFound = 0, bFound = 0, aLabelled = 0, bLabelled = 0, exact = 0, exactLabelled = 0, aSize = 0, bSize = 0;
		for (int document = 0; document < 20; document++) {
			List<Span> a = spans(random, 25);
			List<Span> b = new ArrayList<>(a.subList(0, 12));
			b.addAll(spans(random, 10));
			assertFalse(matches.add(a, b));
			aSize += a.size();
			bSize += b.size();
			for (Span x : a) {
				aFound += b.stream().anyMatch(y -> overlaps(x, y)) ? 1 : 0;
				aLabelled += b.stream().anyMatch(y -> overlaps(x, y) && x.label() == y.label()) ? 1 : 0;
			}
			for (Span y : b) {
				bFound += a.stream().anyMatch(x -> overlaps(x, y)) ? 1 : 0;
				bLabelled += a.stream().anyMatch(x -> overlaps(x, y) && x.label() == y.label()) ? 1 : 0;
				exact += a.stream().anyMatch(x -> x.begin() == y.begin() && x.end() == y.end()) ? 1 : 0;
				exactLabelled += a.stream().anyMatch(x -> x.equals(y)) ? 1 : 0;
			}
		}
		assertEquals(f1(aFound, aSize, bFound, bSize), matches.overlap().value(), 1e-12);
		assertEquals(f1(aLabelled, aSize, bLabelled, bSize), matches.overlapLabelled().value(), 1e-12);
		assertEquals(2.0 * exact / (aSize + bSize), matches.exact().value(), 1e-12);
		assertEquals(2.0 * exactLabelled / (aSize + bSize), matches.exactLabelled().value(), 1e-12);
	}

	@ParameterizedTest
	@ValueSource(longs = { 7 })
	void identicalSetsInAnyOrderMatch(long seed) {
		List<Span> a = spans(new Random(seed), 30);
		List<Span> b = new ArrayList<>(a);
		java.util.Collections.reverse(b);
		SpanMatches matches = new SpanMatches(3);
		assertTrue(matches.add(a, b));
		assertEquals(1.0, matches.exactLabelled().value());
	}
}
