package org.sanad.agreement.measure;

import java.util.Arrays;

/**
 * Krippendorff's coincidence matrix over k categories: every ordered pair of values that two
 * different coders gave one unit adds 1/(m-1), where m is the number of values of the unit. Units
 * with fewer than two values cannot be paired and add nothing. Matrices of parts of the data
 * (documents) add up to the matrix of the whole, which is what pooling and the bootstrap use.
 */
public final class Coincidences {

	/** A coder's missing value in {@link #add(int[])}. */
	public static final int MISSING = -1;

	private final int k;
	private final double[] cells;

	/** @param categories the number of categories k */
	public Coincidences(int categories) {
		this.k = categories;
		this.cells = new double[categories * categories];
	}

	/**
	 * Adds one unit.
	 *
	 * @param values one value per coder: a category index, or {@link #MISSING}
	 * @return whether the unit was pairable (two values or more)
	 */
	public boolean add(int[] values) {
		int m = 0;
		for (int v : values) {
			if (v != MISSING) {
				m++;
			}
		}
		if (m < 2) {
			return false;
		}
		double weight = 1.0 / (m - 1);
		for (int i = 0; i < values.length; i++) {
			if (values[i] == MISSING) {
				continue;
			}
			for (int j = 0; j < values.length; j++) {
				if (j != i && values[j] != MISSING) {
					cells[values[i] * k + values[j]] += weight;
				}
			}
		}
		return true;
	}

	/**
	 * Adds a unit two coders rated, as {@link #add(int[])} does, without an array.
	 *
	 * @return whether both gave a value
	 */
	public boolean add(int first, int second) {
		if (first == MISSING || second == MISSING) {
			return false;
		}
		cells[first * k + second]++;
		cells[second * k + first]++;
		return true;
	}

	/** Adds another matrix over the same categories, {@code times} times. */
	public void add(Coincidences other, double times) {
		for (int i = 0; i < cells.length; i++) {
			cells[i] += other.cells[i] * times;
		}
	}

	/** Adds one cell's count, as {@link Bootstrap} does from a packed matrix. */
	void addCell(int index, double count) {
		cells[index] += count;
	}

	/** @return the number of categories */
	public int categories() {
		return k;
	}

	/** @return how often category {@code c} met category {@code e} */
	public double cell(int c, int e) {
		return cells[c * k + e];
	}

	/** @return the row sums n_c: how many pairable values fell in each category */
	public double[] marginals() {
		double[] n = new double[k];
		for (int c = 0; c < k; c++) {
			for (int e = 0; e < k; e++) {
				n[c] += cells[c * k + e];
			}
		}
		return n;
	}

	/** @return n, the number of pairable values */
	public double total() {
		return Arrays.stream(cells).sum();
	}

	/** @return the share of pairs that agree (the observed agreement of percentage agreement) */
	public double observedAgreement() {
		double diagonal = 0;
		for (int c = 0; c < k; c++) {
			diagonal += cells[c * k + c];
		}
		return diagonal / total();
	}

	/** @return whether no pair was counted */
	public boolean isEmpty() {
		for (double cell : cells) {
			if (cell != 0) {
				return false;
			}
		}
		return true;
	}

	double[] cells() {
		return cells;
	}
}
