/**
 * Text facts the whole workbench relies on: offset conversion between UTF-16 code units (what
 * Sanad stores, Java and SWT use) and Unicode code points (what Python consumers expect), the
 * text checksum, and a text's UTF-8 kept with its document ({@link org.sanad.model.text.Utf8Text},
 * since 0.3).
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.model.text;
