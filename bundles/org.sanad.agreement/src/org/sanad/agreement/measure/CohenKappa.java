package org.sanad.agreement.measure;

/**
 * Cohen's kappa for two coders: (A_o - A_e) / (1 - A_e), with A_e from each coder's own
 * distribution of categories. Only units both coders rated count; the others are incomplete.
 */
public final class CohenKappa {

	private final int k;
	private final long[] table;
	private long units;
	private long incomplete;

	/** @param categories the number of categories */
	public CohenKappa(int categories) {
		this.k = categories;
		this.table = new long[categories * categories];
	}

	/** Adds one unit: each coder's category, or {@link Coincidences#MISSING}. */
	public void add(int first, int second) {
		if (first == Coincidences.MISSING || second == Coincidences.MISSING) {
			if (first != second) {
				incomplete++;
			}
			return;
		}
		table[first * k + second]++;
		units++;
	}

	/** @return the units both coders rated */
	public long units() {
		return units;
	}

	/** @return the units only one coder rated */
	public long incomplete() {
		return incomplete;
	}

	/** @return kappa, or undefined without units or when chance agreement is already total */
	public Estimate kappa() {
		if (units == 0) {
			return Estimate.undefined(Estimate.NO_DATA);
		}
		double observed = 0;
		double expected = 0;
		for (int c = 0; c < k; c++) {
			observed += table[c * k + c];
			long row = 0;
			long column = 0;
			for (int e = 0; e < k; e++) {
				row += table[c * k + e];
				column += table[e * k + c];
			}
			expected += (double) row * column;
		}
		observed /= units;
		expected /= (double) units * units;
		if (expected == 1) {
			return Estimate.undefined(Estimate.NO_VARIATION);
		}
		return Estimate.of((observed - expected) / (1 - expected));
	}
}
