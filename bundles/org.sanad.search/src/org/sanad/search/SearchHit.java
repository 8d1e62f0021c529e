package org.sanad.search;

/**
 * One document found.
 *
 * @param documentId the document
 * @param title      its title
 * @param score      Lucene's relevance score; higher is better
 */
public record SearchHit(String documentId, String title, float score) {
}
