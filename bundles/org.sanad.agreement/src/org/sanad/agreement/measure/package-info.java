/**
 * Agreement coefficients on plain numbers, with no annotation model: Krippendorff's alpha
 * ({@link org.sanad.agreement.measure.Alpha}) from a coincidence matrix
 * ({@link org.sanad.agreement.measure.Coincidences}) with nominal, ordinal or interval
 * {@link org.sanad.agreement.measure.Metric}s, Cohen's and Fleiss' kappa, u-alpha for unitizing,
 * span F1, and a bootstrap over documents. Categories are indexes 0..k-1 in scale order; a missing
 * value is {@link org.sanad.agreement.measure.Coincidences#MISSING}.
 *
 * <pre>
 * Coincidences matrix = new Coincidences(3);
 * matrix.add(new int[] { 0, 0, Coincidences.MISSING }); // one unit, three coders
 * matrix.add(new int[] { 1, 2, 2 });
 * Estimate alpha = Alpha.of(matrix, Metric.ORDINAL);
 * if (alpha.defined()) { ... alpha.value() ... } else { ... alpha.reason() ... }
 * </pre>
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.agreement.measure;
