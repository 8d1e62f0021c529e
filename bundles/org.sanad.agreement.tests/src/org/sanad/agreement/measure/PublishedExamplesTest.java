package org.sanad.agreement.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/**
 * The worked examples of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability"
 * (Annenberg School for Communication, Departmental Papers 43), whose values are printed to three
 * decimals.
 */
class PublishedExamplesTest {

	private static final int M = Coincidences.MISSING;

	private static Coincidences matrix(int categories, int[]... coders) {
		Coincidences matrix = new Coincidences(categories);
		for (int unit = 0; unit < coders[0].length; unit++) {
			int[] values = new int[coders.length];
			for (int c = 0; c < coders.length; c++) {
				values[c] = coders[c][unit];
			}
			matrix.add(values);
		}
		return matrix;
	}

	@Test
	void exampleA_binaryDataTwoObservers() {
		Coincidences matrix = matrix(2, new int[] { 0, 1, 0, 0, 0, 0, 0, 0, 1, 0 },
				new int[] { 1, 1, 1, 0, 0, 1, 0, 0, 0, 0 });
		assertEquals(0.095, Alpha.of(matrix, Metric.NOMINAL).value(), 5e-4);
	}

	@Test
	void exampleB_nominalDataTwoObservers() {
		// a..e as 0..4
		Coincidences matrix = matrix(5, new int[] { 0, 0, 1, 1, 3, 2, 2, 2, 4, 3, 3, 0 },
				new int[] { 1, 0, 1, 1, 1, 2, 2, 2, 4, 3, 3, 3 });
		assertEquals(0.692, Alpha.of(matrix, Metric.NOMINAL).value(), 5e-4);
	}

	/** Four observers, values 1..5 (as 0..4), missing data; the paper gives nominal, ordinal, interval. */
	@Test
	void exampleC_anyNumberOfObserversMissingData() {
		Coincidences matrix = matrix(5,
				new int[] { 0, 1, 2, 2, 1, 0, 3, 0, 1, M, M, M },
				new int[] { 0, 1, 2, 2, 1, 1, 3, 0, 1, 4, M, 2 },
				new int[] { M, 2, 2, 2, 1, 2, 3, 1, 1, 4, 0, M },
				new int[] { 0, 1, 2, 2, 1, 3, 3, 0, 1, 4, 0, M });
		assertEquals(40, matrix.total(), 1e-12, "the paper's n: 40 pairable values");
		assertEquals(0.743, Alpha.of(matrix, Metric.NOMINAL).value(), 5e-4);
		assertEquals(0.815, Alpha.of(matrix, Metric.ORDINAL).value(), 5e-4);
		assertEquals(0.849, Alpha.of(matrix, Metric.INTERVAL).value(), 5e-4);
	}

	@Test
	void noVariationIsUndefinedNotOneOrZero() {
		Coincidences matrix = matrix(3, new int[] { 1, 1, 1 }, new int[] { 1, 1, 1 });
		Estimate alpha = Alpha.of(matrix, Metric.ORDINAL);
		assertFalse(alpha.defined());
		assertEquals(Estimate.NO_VARIATION, alpha.reason());
		assertEquals(Estimate.NO_VARIATION, new FleissKappaFixture(new int[][] { { 2, 2 }, { 2, 2 } }).kappa().reason());
	}

	@Test
	void unitsWithOneValueAreNotPairable() {
		Coincidences matrix = new Coincidences(2);
		assertFalse(matrix.add(new int[] { 1, M, M }));
		assertEquals(Estimate.NO_DATA, Alpha.of(matrix, Metric.NOMINAL).reason());
	}

	/** Fleiss' kappa over rows of values. */
	private record FleissKappaFixture(int[][] units) {
		Estimate kappa() {
			FleissKappa fleiss = new FleissKappa(3, units[0].length);
			for (int[] unit : units) {
				fleiss.add(unit);
			}
			return fleiss.kappa();
		}
	}
}
