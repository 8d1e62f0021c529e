package org.sanad.editing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class LineCacheTest {

	private final AtomicInteger computed = new AtomicInteger();

	private String line(LineCache<String> cache, int begin, int end) {
		return cache.get(begin, end, () -> begin + "-" + end + "#" + computed.incrementAndGet());
	}

	@Test
	void aLineIsComputedOnceUntilARangeTouchingItIsForgotten() {
		LineCache<String> cache = new LineCache<>(100);
		String first = line(cache, 0, 10);
		line(cache, 11, 20);
		line(cache, 21, 30);
		assertEquals(first, line(cache, 0, 10), "kept");
		assertEquals(3, computed.get());

		cache.forget(15, 16); // inside the second line only
		assertEquals(2, cache.size());
		assertEquals(first, line(cache, 0, 10));
		line(cache, 11, 20);
		assertEquals(4, computed.get(), "only the second line again");

		cache.forget(10, 11); // the end of the first line and the start of the second
		assertEquals(1, cache.size(), "both lines touching the range are dropped, the third kept");
		cache.forget(5, 25);
		assertEquals(0, cache.size());
	}

	@Test
	void aLineWhoseEndMovedIsComputedAgainAndAFullCacheStartsOver() {
		LineCache<String> cache = new LineCache<>(2);
		line(cache, 0, 10);
		line(cache, 0, 12);
		assertEquals(2, computed.get(), "same start, other end: another line");
		line(cache, 13, 20);
		line(cache, 21, 30);
		assertEquals(1, cache.size(), "the third distinct line did not fit: started again");
		cache.forgetAll();
		assertEquals(0, cache.size());
	}
}
