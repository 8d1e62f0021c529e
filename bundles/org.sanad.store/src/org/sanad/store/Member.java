package org.sanad.store;

import org.sanad.model.Role;

/**
 * An account's role in one project.
 *
 * @param user the account id
 * @param role administrator (members, schema, import), curator (every set, the gold set) or
 *             annotator (own sets of assigned documents)
 * @since 0.8
 */
public record Member(String user, Role role) {
}
