/**
 * The search part: a query box with history, results with highlighted snippets, facet counts,
 * opening a hit in the editor, and labelling by example; and the start-up check of the indexes.
 */
package org.sanad.ui.search.internal;
