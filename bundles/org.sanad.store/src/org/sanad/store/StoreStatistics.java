package org.sanad.store;

import java.util.Map;

/**
 * Counts over the whole store.
 *
 * @param projects          number of projects
 * @param documents         number of documents
 * @param annotationSets    number of annotation sets with at least one change
 * @param annotationsByKind annotations per kind: entity, stance, source
 */
public record StoreStatistics(long projects, long documents, long annotationSets, Map<String, Long> annotationsByKind) {
}
