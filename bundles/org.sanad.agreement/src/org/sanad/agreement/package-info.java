/**
 * How far a project's annotators agree, per layer, feature and label: the
 * {@link org.sanad.agreement.AgreementService} reads the annotators' sets through the store and
 * returns {@link org.sanad.agreement.Figure}s (percentage agreement, Cohen's and Fleiss' kappa,
 * Krippendorff's alpha nominal and ordinal, u-alpha, span F1) with the units used and left out,
 * bootstrap intervals on request, and label confusion matrices. The user guide explains each
 * figure; {@link org.sanad.agreement.measure} holds the coefficients themselves. A plugin adds a
 * measure of its own by providing an {@link org.sanad.agreement.AgreementMeasure} service (an
 * example is in its documentation); its figures join every report.
 *
 * <pre>
 * AgreementReport report = agreement.compute(store, project.getId(),
 *         AgreementOptions.all().withBootstrap(1000, 42), monitor);
 * report.figure("source", "reliability", "krippendorff-alpha", "ordinal")
 *         .ifPresent(f -&gt; System.out.println(f.value() + " on " + f.units() + " sources"));
 * </pre>
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.agreement;
