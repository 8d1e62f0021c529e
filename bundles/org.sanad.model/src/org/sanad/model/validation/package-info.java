/**
 * Checks of annotations against their document and the project's schema. Checks return
 * {@link org.sanad.model.validation.Problem}s and never throw, so the editor can show them live.
 *
 * <p>API: stable within a minor version of this package.
 */
package org.sanad.model.validation;
