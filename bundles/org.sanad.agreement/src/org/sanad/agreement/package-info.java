/**
 * How far a project's annotators agree, per layer, feature and label: the
 * {@link org.sanad.agreement.AgreementService} reads the annotators' sets through the store and
 * returns {@link org.sanad.agreement.Figure}s (percentage agreement, Cohen's and Fleiss' kappa,
 * Krippendorff's alpha nominal and ordinal, u-alpha, span F1) with the units used and left out,
 * bootstrap intervals on request, and label confusion matrices. The user guide explains each
 * figure; {@link org.sanad.agreement.measure} holds the coefficients themselves.
 *
 * <pre>
 * AgreementReport report = agreement.compute(store, project.getId(),
 *         AgreementOptions.all().withBootstrap(1000, 42), monitor);
 * report.figure("source", "reliability", "krippendorff-alpha", "ordinal")
 *         .ifPresent(f -&gt; System.out.println(f.value() + " on " + f.units() + " sources"));
 * </pre>
 *
 * <p>API: stable within a minor version of this package.
 */
package org.sanad.agreement;
