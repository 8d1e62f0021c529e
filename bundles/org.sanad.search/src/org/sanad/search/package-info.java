/**
 * Full-text search over a project's documents: one Lucene index per project in the data folder,
 * analysed for Arabic (hamza and alef forms, alef maqsura, taa marbuta, harakat and tatweel
 * normalised; light stemming) with an unstemmed field for exact phrases. The store stays the
 * source of truth: an index can always be rebuilt from it.
 *
 * <p>API: stable within a minor version of this package.
 */
package org.sanad.search;
