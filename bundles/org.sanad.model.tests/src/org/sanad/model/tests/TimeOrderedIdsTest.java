package org.sanad.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sanad.model.ids.TimeOrderedIds;

class TimeOrderedIdsTest {

	@Test
	void idsAreVersion7UniqueAndAscendingEvenWithinOneMillisecond() {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 20_000; i++) {
			ids.add(TimeOrderedIds.next());
		}
		assertEquals(ids.size(), new HashSet<>(ids).size());
		for (int i = 1; i < ids.size(); i++) {
			assertTrue(ids.get(i - 1).compareTo(ids.get(i)) < 0, ids.get(i - 1) + " before " + ids.get(i));
		}
		UUID uuid = UUID.fromString(ids.get(0));
		assertEquals(7, uuid.version());
		assertEquals(2, uuid.variant());
		long millis = uuid.getMostSignificantBits() >>> 16;
		assertTrue(Math.abs(System.currentTimeMillis() - millis) < 60_000, "the id carries the time");
	}
}
