package org.sanad.store;

import java.time.Instant;

import org.sanad.model.SetStatus;

/**
 * An annotation set that changed (its annotations or its status), for indexes that follow the
 * store.
 *
 * @param documentId the document
 * @param owner      the annotator, or {@code null} for the gold set
 * @param status     the set's status now
 * @param modifiedAt when it last changed
 */
public record SetChange(String documentId, String owner, SetStatus status, Instant modifiedAt) {
}
