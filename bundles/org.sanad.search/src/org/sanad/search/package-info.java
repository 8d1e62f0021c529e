/**
 * Full-text search over a project's documents: one Lucene index per project in the data folder,
 * analysed for Arabic (hamza and alef forms, alef maqsura, taa marbuta, harakat and tatweel
 * normalised; light stemming) with an unstemmed field for exact phrases. The store stays the
 * source of truth: an index can always be rebuilt from it.
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.search;
