/**
 * The label schema Sanad ships with, and the ids of its three layers.
 *
 * <p>API: stable within a minor version of this package.
 */
package org.sanad.model.schema;
