package org.sanad.store;

import java.time.Instant;

/**
 * One change to a project as a whole, in the project's log: what the audit of annotation sets
 * cannot hold because the set (or the whole project) is gone, or because the change is the
 * project's, not one set's. The log outlives a deleted project.
 *
 * @param id        ascending with time within one store
 * @param projectId the project changed
 * @param action    one of the constants of this record
 * @param subject   what the action touched: a document's or source's id, a label name; may be {@code null}
 * @param actor     who did it
 * @param at        when
 * @param detail    a sentence a person reads, for example the deleted document's title
 * @since 0.7
 */
public record ProjectLogEntry(long id, String projectId, String action, String subject, String actor, Instant at,
		String detail) {

	/** A document left the project, with its annotation sets and their audit. */
	public static final String DELETE_DOCUMENT = "delete-document";
	/** The project was deleted. */
	public static final String DELETE_PROJECT = "delete-project";
	/** The label schema changed (subject: the name changed). */
	public static final String SCHEMA = "schema";
	/** A registered source was renamed, given aliases, or merged into another (subject: its id). */
	public static final String SOURCE = "source";
	/** An account was given a role in the project or lost it (subject: the account). @since 0.8 */
	public static final String MEMBER = "member";
	/** Documents were assigned to an annotator or taken back (subject: the account). @since 0.8 */
	public static final String ASSIGNMENT = "assignment";
}
