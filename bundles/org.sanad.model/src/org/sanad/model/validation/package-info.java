/**
 * Checks of annotations against their document and the project's schema. Checks return
 * {@link org.sanad.model.validation.Problem}s and never throw, so the editor can show them live.
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.model.validation;
