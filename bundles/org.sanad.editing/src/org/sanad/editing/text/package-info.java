/**
 * Text geometry for editors: snapping a selection to whole words (Arabic and Latin), an index of
 * the marks that cover a region of a long text, the lanes that keep overlapping marks apart, and a
 * cache of per-line values (styles) that a changed range invalidates.
 * Offsets are UTF-16 code units.
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.editing.text;
