/**
 * Sanad's core facts that every other bundle shares: the product's version and where a
 * user's data lives.
 *
 * <p>API: stable within a minor version of this package.
 */
package org.sanad.core;
