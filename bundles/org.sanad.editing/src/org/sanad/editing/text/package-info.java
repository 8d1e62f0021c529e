/**
 * Text geometry for editors: snapping a selection to whole words (Arabic and Latin), an index of
 * the marks that cover a region of a long text, the lanes that keep overlapping marks apart, and a
 * cache of per-line values (styles) that a changed range invalidates.
 * Offsets are UTF-16 code units.
 *
 * <p>API: stable within a minor version of this package.
 */
package org.sanad.editing.text;
