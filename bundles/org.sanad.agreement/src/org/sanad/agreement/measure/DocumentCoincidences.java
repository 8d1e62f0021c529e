package org.sanad.agreement.measure;

import java.util.Arrays;

/**
 * The coincidence matrices of many documents, kept apart and packed (only cells that are not zero),
 * so that a bootstrap can add up a resample of documents without going back to the annotations.
 */
public final class DocumentCoincidences {

	private final int k;
	private int documents;
	private int[] starts = new int[1024];
	private int[] cellIndexes = new int[4096];
	private double[] counts = new double[4096];
	private int size;

	/** @param categories the number of categories of every matrix */
	public DocumentCoincidences(int categories) {
		this.k = categories;
	}

	/** Appends one document's matrix, which may be empty. */
	public void add(Coincidences document) {
		if (document.categories() != k) {
			throw new IllegalArgumentException("matrix of " + document.categories() + " categories, expected " + k);
		}
		if (documents + 1 >= starts.length) {
			starts = Arrays.copyOf(starts, starts.length * 2);
		}
		double[] cells = document.cells();
		for (int i = 0; i < cells.length; i++) {
			if (cells[i] != 0) {
				if (size == counts.length) {
					cellIndexes = Arrays.copyOf(cellIndexes, size * 2);
					counts = Arrays.copyOf(counts, size * 2);
				}
				cellIndexes[size] = i;
				counts[size++] = cells[i];
			}
		}
		starts[++documents] = size;
	}

	/** @return how many documents were added */
	public int documents() {
		return documents;
	}

	/** @return the number of categories */
	public int categories() {
		return k;
	}

	/** @return all documents' matrices added up */
	public Coincidences pooled() {
		Coincidences all = new Coincidences(k);
		for (int i = 0; i < size; i++) {
			all.addCell(cellIndexes[i], counts[i]);
		}
		return all;
	}

	/** Adds document {@code d}'s matrix {@code times} times to {@code into}. */
	void addTo(Coincidences into, int d, int times) {
		for (int i = starts[d]; i < starts[d + 1]; i++) {
			into.addCell(cellIndexes[i], counts[i] * times);
		}
	}
}
