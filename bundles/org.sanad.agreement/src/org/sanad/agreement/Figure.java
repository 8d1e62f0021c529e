package org.sanad.agreement;

/**
 * One agreement figure, named the way {@code sanad agreement --json} names it.
 *
 * @param layer      entity, source or stance
 * @param feature    what was compared: span, label, kind, reliability, credibility, polarity, holder
 * @param measure    percentage, cohen-kappa, fleiss-kappa, krippendorff-alpha, u-alpha, f1
 * @param metric     nominal, ordinal, interval for coefficients; exact, overlap (and -labelled) for F1
 * @param alignment  how units were formed: exact, overlap, continuum or document
 * @param label      the label the figure is restricted to, or {@code null} for all
 * @param annotators the two annotators of a pairwise figure ("A|B"), or {@code null} for all
 * @param value      the value; {@code NaN} when undefined
 * @param note       why the value is undefined, or {@code null}
 * @param units      units the figure is computed on
 * @param incomplete units left out because too few annotators gave a value
 * @param interval   the bootstrap interval, or {@code null}
 */
public record Figure(String layer, String feature, String measure, String metric, String alignment, String label,
		String annotators, double value, String note, long units, long incomplete, Interval interval) {

	/**
	 * A bootstrap confidence interval.
	 *
	 * @param low             2.5th percentile
	 * @param high            97.5th percentile
	 * @param belowAcceptable probability that the value is below 0.667
	 * @param belowReliable   probability that the value is below 0.8
	 * @param samples         resamples drawn
	 */
	public record Interval(double low, double high, double belowAcceptable, double belowReliable, int samples) {
	}

	/** @return whether the figure has a value */
	public boolean defined() {
		return note == null;
	}

	/** @return whether this is a figure between two annotators */
	public boolean pairwise() {
		return annotators != null;
	}
}
