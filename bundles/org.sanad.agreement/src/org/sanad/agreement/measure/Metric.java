package org.sanad.agreement.measure;

/**
 * How far apart two categories are, as Krippendorff's squared difference functions. Categories are
 * the indexes 0..k-1 of an ordered scale; the nominal metric ignores the order.
 */
public enum Metric {
	/** Same or different. */
	NOMINAL,
	/** Ranks: the distance counts the values observed between two categories (Krippendorff 2011, sec. E). */
	ORDINAL,
	/** Equal steps between neighbouring categories. */
	INTERVAL;

	/** @return the metric's name in reports: nominal, ordinal or interval */
	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/**
	 * @param marginals how often each category was observed, over all pairable values (the ordinal
	 *                  metric depends on them)
	 * @return the k × k squared distances, row-major
	 */
	public double[] squaredDistances(double[] marginals) {
		int k = marginals.length;
		double[] d = new double[k * k];
		for (int c = 0; c < k; c++) {
			for (int e = c + 1; e < k; e++) {
				double delta = switch (this) {
				case NOMINAL -> 1;
				case INTERVAL -> (double) (e - c) * (e - c);
				case ORDINAL -> ordinal(marginals, c, e);
				};
				d[c * k + e] = delta;
				d[e * k + c] = delta;
			}
		}
		return d;
	}

	private static double ordinal(double[] n, int c, int e) {
		double sum = 0;
		for (int g = c; g <= e; g++) {
			sum += n[g];
		}
		double delta = sum - (n[c] + n[e]) / 2;
		return delta * delta;
	}
}
