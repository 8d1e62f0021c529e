/**
 * Bringing texts into a project: the {@link org.sanad.importer.DocumentFormat} contract that
 * readers of a file format implement (plain text, HTML and JSONL ship with Sanad), options,
 * and the report of what was imported and what was refused, with file, line and byte.
 *
 * <p>Input must be UTF-8 (with or without BOM). Offsets of the stored text are UTF-16 code units.
 *
 * <p>API: stable within a minor version of this package.
 */
package org.sanad.importer;
