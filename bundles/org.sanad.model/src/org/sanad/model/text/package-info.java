/**
 * Text facts the whole workbench relies on: offset conversion between UTF-16 code units (what
 * Sanad stores, Java and SWT use) and Unicode code points (what Python consumers expect), and the
 * text checksum.
 *
 * <p>API: stable within a minor version of this package.
 */
package org.sanad.model.text;
