package org.sanad.agreement;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What to measure.
 *
 * @param annotators   the annotators to compare; empty for every annotator of the project
 * @param layers       the layers to measure
 * @param bootstrap    resamples for confidence intervals; 0 for none
 * @param seed         the bootstrap's seed
 * @param finishedOnly count only sets their annotators marked finished
 */
public record AgreementOptions(List<String> annotators, Set<AgreementLayer> layers, int bootstrap, long seed,
		boolean finishedOnly) {

	public AgreementOptions {
		annotators = List.copyOf(annotators);
		layers = layers.isEmpty() ? EnumSet.noneOf(AgreementLayer.class) : EnumSet.copyOf(layers);
		if (bootstrap < 0) {
			throw new IllegalArgumentException("bootstrap samples must not be negative: " + bootstrap);
		}
	}

	/** @return every annotator, every layer, no bootstrap */
	public static AgreementOptions all() {
		return new AgreementOptions(List.of(), EnumSet.allOf(AgreementLayer.class), 0, 0, false);
	}

	/** @return these options for the given annotators */
	public AgreementOptions withAnnotators(List<String> names) {
		return new AgreementOptions(names, layers, bootstrap, seed, finishedOnly);
	}

	/** @return these options for one layer */
	public AgreementOptions withLayer(AgreementLayer layer) {
		return new AgreementOptions(annotators, EnumSet.of(layer), bootstrap, seed, finishedOnly);
	}

	/** @return these options with a bootstrap of {@code samples} resamples */
	public AgreementOptions withBootstrap(int samples, long bootstrapSeed) {
		return new AgreementOptions(annotators, layers, samples, bootstrapSeed, finishedOnly);
	}

	/** @return these options counting finished sets only, or all sets */
	public AgreementOptions withFinishedOnly(boolean finished) {
		return new AgreementOptions(annotators, layers, bootstrap, seed, finished);
	}
}
