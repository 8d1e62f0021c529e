/**
 * Text facts the whole workbench relies on: offset conversion between UTF-16 code units (what
 * Sanad stores, Java and SWT use) and Unicode code points (what Python consumers expect), the
 * text checksum, and a text's UTF-8 kept with its document ({@link org.sanad.model.text.Utf8Text},
 * since 0.3).
 *
 * <p>API: stable within a minor version of this package.
 */
package org.sanad.model.text;
