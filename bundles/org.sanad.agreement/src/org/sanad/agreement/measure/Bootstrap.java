package org.sanad.agreement.measure;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Confidence intervals for alpha by resampling documents with replacement (a cluster bootstrap):
 * each sample draws as many documents as there are, adds up their coincidence matrices and computes
 * alpha. Documents, not single units, are drawn because the units of one text are not independent
 * (one annotator read them together, in one context); drawing whole documents keeps that dependence
 * inside the sample. Sample {@code s} uses its own generator seeded from {@code seed} and {@code s},
 * so a run is repeatable for a seed whatever the number of threads.
 */
public final class Bootstrap {

	private Bootstrap() {
	}

	/**
	 * @param low                the 2.5th percentile of the sampled alphas
	 * @param high               the 97.5th percentile
	 * @param belowAcceptable    the share of samples with alpha below 0.667
	 * @param belowReliable      the share of samples with alpha below 0.8
	 * @param samples            the samples drawn
	 * @param undefined          samples in which alpha was undefined (left out of the above)
	 */
	public record Interval(double low, double high, double belowAcceptable, double belowReliable, int samples,
			int undefined) {
	}

	/**
	 * @param data     the documents' matrices
	 * @param samples  how many resamples, for example 1,000
	 * @param seed     the seed
	 * @param canceled asked between samples; a cancel throws {@link CancellationException}
	 * @param metrics  the metrics to estimate from the same resamples
	 * @return an interval per metric; none when there are no documents
	 */
	public static Map<Metric, Interval> run(DocumentCoincidences data, int samples, long seed, BooleanSupplier canceled,
			Metric... metrics) {
		Map<Metric, Interval> intervals = new EnumMap<>(Metric.class);
		int documents = data.documents();
		if (documents == 0 || samples <= 0) {
			return intervals;
		}
		double[][] alphas = new double[metrics.length][samples];
		ThreadLocal<int[]> draws = ThreadLocal.withInitial(() -> new int[documents]);
		IntStream.range(0, samples).parallel().forEach(s -> {
			if (canceled.getAsBoolean()) {
				throw new CancellationException();
			}
			int[] times = draws.get();
			Arrays.fill(times, 0);
			SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + s);
			for (int i = 0; i < documents; i++) {
				times[random.nextInt(documents)]++;
			}
			Coincidences sample = new Coincidences(data.categories());
			for (int d = 0; d < documents; d++) {
				if (times[d] != 0) {
					data.addTo(sample, d, times[d]);
				}
			}
			for (int m = 0; m < metrics.length; m++) {
				alphas[m][s] = Alpha.of(sample, metrics[m]).value();
			}
		});
		for (int m = 0; m < metrics.length; m++) {
			intervals.put(metrics[m], interval(alphas[m]));
		}
		return intervals;
	}

	private static Interval interval(double[] alphas) {
		double[] defined = Arrays.stream(alphas).filter(a -> !Double.isNaN(a)).sorted().toArray();
		int undefined = alphas.length - defined.length;
		if (defined.length == 0) {
			return new Interval(Double.NaN, Double.NaN, Double.NaN, Double.NaN, alphas.length, undefined);
		}
		long below667 = Arrays.stream(defined).filter(a -> a < 0.667).count();
		long below8 = Arrays.stream(defined).filter(a -> a < 0.8).count();
		return new Interval(percentile(defined, 0.025), percentile(defined, 0.975),
				(double) below667 / defined.length, (double) below8 / defined.length, alphas.length, undefined);
	}

	/** The nearest-rank percentile of sorted values. */
	static double percentile(double[] sorted, double p) {
		int rank = (int) Math.ceil(p * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}
}
