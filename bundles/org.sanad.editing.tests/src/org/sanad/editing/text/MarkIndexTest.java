package org.sanad.editing.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MarkIndexTest {

	private record Span(String name, int begin, int end) implements Spanned {
	}

	@Test
	void findsExactlyTheMarksOverlappingARegionAcrossBlocks() {
		Random random = new Random(7);
		MarkIndex<Span> index = new MarkIndex<>();
		List<Span> all = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			int begin = random.nextInt(100_000);
			int length = random.nextInt(10) == 0 ? random.nextInt(5000) : 1 + random.nextInt(30);
			Span s = new Span("s" + i, begin, begin + length);
			all.add(s);
			index.add(s);
		}
		for (int q = 0; q < 200; q++) {
			int begin = random.nextInt(100_000);
			int end = begin + random.nextInt(2000);
			List<Span> expected = all.stream().filter(s -> s.overlaps(begin, Math.max(end, begin + 1))).sorted(
					java.util.Comparator.comparingInt(Span::begin).thenComparing(
							java.util.Comparator.comparingInt(Span::end).reversed()))
					.toList();
			assertEquals(expected, index.overlapping(begin, end), "query " + begin + "–" + end);
		}
	}

	@Test
	void removedMarksAreGoneAndTouchingIsNotOverlapping() {
		MarkIndex<Span> index = new MarkIndex<>();
		Span a = new Span("a", 0, 10);
		Span b = new Span("b", 10, 20);
		Span wide = new Span("wide", 5, 2000);
		index.add(a);
		index.add(b);
		index.add(wide);
		assertEquals(List.of(a, wide), index.overlapping(9, 10));
		index.remove(wide);
		assertEquals(List.of(b), index.overlapping(10, 11));
		assertEquals(List.of(), index.overlapping(600, 700));
		assertEquals(2, index.size());
	}

	@Test
	void nestedAndCrossingMarksGetDifferentLanes() {
		Span outer = new Span("source", 0, 40);
		Span inner = new Span("org", 10, 20);
		Span crossing = new Span("per", 15, 50);
		Span after = new Span("gpe", 45, 48);
		Span later = new Span("date", 60, 70);
		int[] lanes = Lanes.assign(List.of(inner, outer, crossing, after, later));
		assertArrayEquals(new int[] { 1, 0, 2, 0, 0 }, lanes);
	}
}
