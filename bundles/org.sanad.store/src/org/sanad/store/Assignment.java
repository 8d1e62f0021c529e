package org.sanad.store;

import java.time.Instant;

/**
 * A document handed to an annotator, with where they stand and who last changed that.
 *
 * @param documentId the document
 * @param user       the annotator's account id
 * @param status     the annotator's status on it
 * @param changedBy  who assigned it or last changed the status
 * @param changedAt  when
 * @since 0.8
 */
public record Assignment(String documentId, String user, WorkStatus status, String changedBy, Instant changedAt) {
}
