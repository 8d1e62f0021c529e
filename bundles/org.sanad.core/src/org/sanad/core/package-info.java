/**
 * Sanad's core facts that every other bundle shares: the product's version and where a
 * user's data lives.
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.core;
