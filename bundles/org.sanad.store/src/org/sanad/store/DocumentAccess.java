package org.sanad.store;

import org.sanad.model.Role;

/**
 * What decides what an account may do with a document, read at once: the document's project, the
 * account's role there and its assignment of the document.
 *
 * @param projectId  the document's project
 * @param role       the account's role in it, or {@code null} if it is no member
 * @param assignment the document's assignment to the account, or {@code null}
 * @since 0.8
 */
public record DocumentAccess(String projectId, Role role, Assignment assignment) {
}
