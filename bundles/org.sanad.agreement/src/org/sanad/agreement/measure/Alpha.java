package org.sanad.agreement.measure;

/**
 * Krippendorff's alpha from a coincidence matrix: 1 - D_o / D_e with
 * D_o = Σ o_ce δ²_ce and D_e = Σ n_c n_e δ²_ce / (n - 1), as in Krippendorff (2011), "Computing
 * Krippendorff's Alpha-Reliability". Pooling documents means adding their matrices first.
 */
public final class Alpha {

	private Alpha() {
	}

	/** @return alpha, or undefined when there is nothing to pair or no variation */
	public static Estimate of(Coincidences matrix, Metric metric) {
		double n = matrix.total();
		if (n < 2) {
			return Estimate.undefined(Estimate.NO_DATA);
		}
		double[] marginals = matrix.marginals();
		double[] delta = metric.squaredDistances(marginals);
		int k = matrix.categories();
		double observed = 0;
		double expected = 0;
		for (int c = 0; c < k; c++) {
			for (int e = 0; e < k; e++) {
				double d = delta[c * k + e];
				if (d != 0) {
					observed += matrix.cell(c, e) * d;
					expected += marginals[c] * marginals[e] * d;
				}
			}
		}
		if (expected == 0) {
			return Estimate.undefined(Estimate.NO_VARIATION);
		}
		return Estimate.of(1 - (n - 1) * observed / expected);
	}
}
