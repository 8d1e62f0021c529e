/**
 * EMF's generated helpers for the corpus model: a switch over its classes and an adapter factory.
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}. generated from {@code model/sanad.ecore}.
 */
package org.sanad.model.util;
