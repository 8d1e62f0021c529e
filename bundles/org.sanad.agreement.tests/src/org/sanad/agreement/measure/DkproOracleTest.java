package org.sanad.agreement.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same random data through Sanad's coefficients and through dkpro-statistics-agreement 2.2.1
 * (INCEpTION's agreement library): the values must agree to 1e-9. Categories go to DKPro as
 * Integers, because its ordinal distance treats anything else as nominal.
 */
class DkproOracleTest {

	private static final int M = Coincidences.MISSING;

	/** Units × coders of categories 0..k-1, with a share of missing values, skewed so alpha is not ~0. */
	private static int[][] data(long seed, int units, int coders, int k, double missing) {
		Random random = new Random(seed);
		int[][] values = new int[units][coders];
		for (int u = 0; u < units; u++) {
			int truth = random.nextInt(k);
			for (int c = 0; c < coders; c++) {
				double roll = random.nextDouble();
				values[u][c] = roll < missing ? M
						: roll < 0.7 ? truth : Math.max(0, Math.min(k - 1, truth + random.nextInt(3) - 1));
			}
		}
		return values;
	}

	private static CodingAnnotationStudy study(int[][] values, int coders) {
		CodingAnnotationStudy study = new CodingAnnotationStudy(coders);
		for (int[] unit : values) {
			Object[] row = new Object[coders];
			for (int c = 0; c < coders; c++) {
				row[c] = unit[c] == M ? null : Integer.valueOf(unit[c] + 1);
			}
			study.addItemAsArray(row);
		}
		return study;
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3, 4, 5 })
	void krippendorffAlphaWithMissingValues(long seed) {
		int[][] values = data(seed, 400, 3, 5, 0.2);
		Coincidences matrix = new Coincidences(5);
		for (int[] unit : values) {
			matrix.add(unit);
		}
		CodingAnnotationStudy study = study(values, 3);
		assertEquals(new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement(),
				Alpha.of(matrix, Metric.NOMINAL).value(), 1e-9);
		assertEquals(new KrippendorffAlphaAgreement(study, new OrdinalDistanceFunction()).calculateAgreement(),
				Alpha.of(matrix, Metric.ORDINAL).value(), 1e-9);
		assertEquals(new KrippendorffAlphaAgreement(study, new IntervalDistanceFunction()).calculateAgreement(),
				Alpha.of(matrix, Metric.INTERVAL).value(), 1e-9);
		assertEquals(new PercentageAgreement(study).calculateAgreement(), matrix.observedAgreement(), 1e-9);
	}

	/** A scale whose middle grade nobody used: the ordinal distance must still count the unused rank as empty. */
	@ParameterizedTest
	@ValueSource(longs = { 6, 7 })
	void ordinalAlphaWithAnUnusedCategory(long seed) {
		int[][] values = data(seed, 300, 4, 5, 0.3);
		for (int[] unit : values) {
			for (int c = 0; c < unit.length; c++) {
				if (unit[c] == 2) {
					unit[c] = 3;
				}
			}
		}
		Coincidences matrix = new Coincidences(5);
		for (int[] unit : values) {
			matrix.add(unit);
		}
		assertEquals(0, matrix.marginals()[2]);
		assertEquals(new KrippendorffAlphaAgreement(study(values, 4), new OrdinalDistanceFunction())
				.calculateAgreement(), Alpha.of(matrix, Metric.ORDINAL).value(), 1e-9);
	}

	@ParameterizedTest
	@ValueSource(longs = { 11, 12, 13 })
	void cohenAndFleissKappaOnCompleteUnits(long seed) {
		int[][] values = data(seed, 500, 3, 4, 0.1);
		List<int[]> complete = new ArrayList<>();
		FleissKappa fleiss = new FleissKappa(4, 3);
		CohenKappa cohen = new CohenKappa(4);
		List<int[]> pairComplete = new ArrayList<>();
		for (int[] unit : values) {
			fleiss.add(unit);
			cohen.add(unit[0], unit[1]);
			if (unit[0] != M && unit[1] != M && unit[2] != M) {
				complete.add(unit);
			}
			if (unit[0] != M && unit[1] != M) {
				pairComplete.add(new int[] { unit[0], unit[1] });
			}
		}
		assertTrue(fleiss.incomplete() > 0, "the data have incomplete units to leave out");
		assertEquals(complete.size(), fleiss.units());
		assertEquals(new FleissKappaAgreement(study(complete.toArray(int[][]::new), 3)).calculateAgreement(),
				fleiss.kappa().value(), 1e-9);
		assertEquals(pairComplete.size(), cohen.units());
		assertEquals(new CohenKappaAgreement(study(pairComplete.toArray(int[][]::new), 2)).calculateAgreement(),
				cohen.kappa().value(), 1e-9);
	}

	@ParameterizedTest
	@ValueSource(longs = { 21, 22, 23, 24 })
	void unitizingAlpha(long seed) {
		Random random = new Random(seed);
		int coders = 3;
		int length = 2000;
		UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(coders, 0, length);
		UnitizingAlpha alpha = new UnitizingAlpha(coders, length);
		for (int category = 0; category < 3; category++) {
			for (int at = random.nextInt(40); at < length - 60; at += 30 + random.nextInt(60)) {
				int span = 3 + random.nextInt(20);
				for (int c = 0; c < coders; c++) {
					if (random.nextDouble() < 0.8) {
						int begin = Math.max(0, at + (random.nextDouble() < 0.6 ? 0 : random.nextInt(7) - 3));
						int end = begin + span + (random.nextDouble() < 0.6 ? 0 : random.nextInt(5) - 2);
						study.addUnit(begin, end - begin, c, "L" + category);
						alpha.add(c, category, begin, end);
					}
				}
			}
		}
		KrippendorffAlphaUnitizingAgreement oracle = new KrippendorffAlphaUnitizingAgreement(study);
		assertEquals(0, alpha.leftOut(), "the data have no overlapping segments of one coder and category");
		assertEquals(oracle.calculateAgreement(), alpha.alpha().value(), 1e-9);
		for (int category = 0; category < 3; category++) {
			assertEquals(oracle.calculateCategoryAgreement("L" + category), alpha.alpha(category).value(), 1e-9);
		}
	}
}
