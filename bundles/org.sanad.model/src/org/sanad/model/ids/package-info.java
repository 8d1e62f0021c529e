/**
 * Identifiers for stored objects.
 *
 * <p>API: stable within a minor version of this package.
 */
package org.sanad.model.ids;
