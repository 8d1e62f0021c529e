package org.sanad.agreement.measure;

/**
 * A coefficient, or the reason there is none. Undefined is not 0 and not 1: where observed and
 * expected disagreement are both zero, the data have no variation to agree on.
 *
 * @param value  the coefficient; {@code NaN} when undefined
 * @param reason why it is undefined; {@code null} when defined
 */
public record Estimate(double value, String reason) {

	/** The reason given when the data show no variation. */
	public static final String NO_VARIATION = "undefined: no variation";

	/** The reason given when no unit could be paired. */
	public static final String NO_DATA = "undefined: no pairable units";

	/** @return a defined estimate */
	public static Estimate of(double value) {
		return new Estimate(value, null);
	}

	/** @return an undefined estimate */
	public static Estimate undefined(String reason) {
		return new Estimate(Double.NaN, reason);
	}

	/** @return whether there is a value */
	public boolean defined() {
		return reason == null;
	}
}
