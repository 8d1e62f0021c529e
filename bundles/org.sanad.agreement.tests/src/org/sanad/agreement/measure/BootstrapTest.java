package org.sanad.agreement.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;

class BootstrapTest {

	private static DocumentCoincidences documents(long seed, int documents, double noise) {
		Random random = new Random(seed);
		DocumentCoincidences all = new DocumentCoincidences(5);
		for (int d = 0; d < documents; d++) {
			Coincidences matrix = new Coincidences(5);
			for (int u = 0; u < 5 + random.nextInt(10); u++) {
				int truth = random.nextInt(5);
				int[] values = new int[3];
				for (int c = 0; c < 3; c++) {
					values[c] = random.nextDouble() < noise ? random.nextInt(5) : truth;
				}
				matrix.add(values);
			}
			all.add(matrix);
		}
		return all;
	}

	@Test
	void theIntervalHoldsThePointEstimateAndNarrowsWithMoreDocuments() {
		DocumentCoincidences small = documents(1, 40, 0.3);
		DocumentCoincidences large = documents(1, 1600, 0.3);
		double point = Alpha.of(small.pooled(), Metric.ORDINAL).value();
		Bootstrap.Interval few = Bootstrap.run(small, 1000, 7, () -> false, Metric.ORDINAL).get(Metric.ORDINAL);
		Bootstrap.Interval many = Bootstrap.run(large, 1000, 7, () -> false, Metric.ORDINAL).get(Metric.ORDINAL);
		assertTrue(few.low() < point && point < few.high(), few + " around " + point);
		assertTrue(many.high() - many.low() < (few.high() - few.low()) / 3, many + " vs " + few);
		assertEquals(1000, few.samples());
	}

	@Test
	void theSameSeedGivesTheSameInterval() {
		DocumentCoincidences data = documents(2, 200, 0.4);
		Map<Metric, Bootstrap.Interval> once = Bootstrap.run(data, 300, 42, () -> false, Metric.NOMINAL, Metric.ORDINAL);
		Map<Metric, Bootstrap.Interval> again = Bootstrap.run(data, 300, 42, () -> false, Metric.NOMINAL,
				Metric.ORDINAL);
		assertEquals(once, again);
		assertNotEquals(once, Bootstrap.run(data, 300, 43, () -> false, Metric.NOMINAL, Metric.ORDINAL));
	}

	@Test
	void probabilitiesBelowThresholdsFollowTheData() {
		Bootstrap.Interval poor = Bootstrap.run(documents(3, 300, 0.9), 500, 1, () -> false, Metric.NOMINAL)
				.get(Metric.NOMINAL);
		Bootstrap.Interval good = Bootstrap.run(documents(3, 300, 0.05), 500, 1, () -> false, Metric.NOMINAL)
				.get(Metric.NOMINAL);
		assertEquals(1.0, poor.belowAcceptable());
		assertEquals(0.0, good.belowReliable());
	}

	@Test
	void aCancelStopsTheSampling() {
		DocumentCoincidences data = documents(4, 100, 0.3);
		assertThrows(CancellationException.class, () -> Bootstrap.run(data, 1000, 1, () -> true, Metric.NOMINAL));
	}

	@Test
	void pooledEqualsTheSumOfTheDocuments() {
		Coincidences a = new Coincidences(3);
		a.add(new int[] { 0, 1 });
		Coincidences b = new Coincidences(3);
		b.add(new int[] { 2, 2, 1 });
		DocumentCoincidences all = new DocumentCoincidences(3);
		all.add(a);
		all.add(new Coincidences(3));
		all.add(b);
		Coincidences sum = new Coincidences(3);
		sum.add(a, 1);
		sum.add(b, 1);
		assertEquals(3, all.documents());
		for (int c = 0; c < 3; c++) {
			for (int e = 0; e < 3; e++) {
				assertEquals(sum.cell(c, e), all.pooled().cell(c, e), 1e-12);
			}
		}
	}
}
