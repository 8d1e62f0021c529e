package org.sanad.agreement.measure;

/**
 * Fleiss' kappa for a fixed number of coders: only units that every coder rated count, the others
 * are incomplete. A_o is the mean share of agreeing coder pairs per unit, A_e = Σ p_c² over the
 * pooled category shares.
 */
public final class FleissKappa {

	private final int k;
	private final long[] totals;
	private double agreeingPairs;
	private long units;
	private long incomplete;
	private final int coders;
	private final int[] counts;

	/**
	 * @param categories the number of categories
	 * @param coders     how many coders every unit must have
	 */
	public FleissKappa(int categories, int coders) {
		this.k = categories;
		this.coders = coders;
		this.totals = new long[categories];
		this.counts = new int[categories];
	}

	/** Adds one unit: one value per coder, {@link Coincidences#MISSING} where a coder gave none. */
	public void add(int[] values) {
		java.util.Arrays.fill(counts, 0);
		int m = 0;
		for (int v : values) {
			if (v != Coincidences.MISSING) {
				counts[v]++;
				m++;
			}
		}
		if (m < coders) {
			if (m > 0) {
				incomplete++;
			}
			return;
		}
		for (int c = 0; c < k; c++) {
			totals[c] += counts[c];
			agreeingPairs += (double) counts[c] * (counts[c] - 1);
		}
		units++;
	}

	/** @return the units every coder rated */
	public long units() {
		return units;
	}

	/** @return the units some but not all coders rated */
	public long incomplete() {
		return incomplete;
	}

	/** @return kappa, or undefined without units or variation */
	public Estimate kappa() {
		if (units == 0 || coders < 2) {
			return Estimate.undefined(Estimate.NO_DATA);
		}
		double observed = agreeingPairs / ((double) units * coders * (coders - 1));
		double all = (double) units * coders;
		double expected = 0;
		for (long total : totals) {
			expected += (total / all) * (total / all);
		}
		if (expected == 1) {
			return Estimate.undefined(Estimate.NO_VARIATION);
		}
		return Estimate.of((observed - expected) / (1 - expected));
	}
}
