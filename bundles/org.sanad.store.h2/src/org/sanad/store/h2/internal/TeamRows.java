package org.sanad.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sanad.model.Role;
import org.sanad.store.Assignment;
import org.sanad.store.Member;
import org.sanad.store.ProjectLogEntry;
import org.sanad.store.StoreException;
import org.sanad.store.WorkStatus;

/** Project members ({@code membership}) and assignments, inside the caller's transaction. */
final class TeamRows {

	private TeamRows() {
	}

	static List<Member> members(Connection c, String projectId) throws SQLException {
		List<Member> members = new ArrayList<>();
		try (PreparedStatement select = c.prepareStatement(
				"SELECT annotator_id, role FROM membership WHERE project_id = ? ORDER BY annotator_id")) {
			select.setString(1, projectId);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					members.add(new Member(rows.getString(1), Role.get(rows.getString(2))));
				}
			}
		}
		return members;
	}

	static void setMember(Connection c, String projectId, String user, Role role, String actor) throws SQLException {
		requireProject(c, projectId);
		requireAccount(c, user);
		execute(c, "DELETE FROM membership WHERE project_id = ? AND annotator_id = ?", projectId, user);
		if (role != null) {
			execute(c, "INSERT INTO membership (project_id, annotator_id, role) VALUES (?, ?, ?)", projectId, user,
					role.getLiteral());
		}
		ProjectLog.write(c, projectId, ProjectLogEntry.MEMBER, user, actor,
				role == null ? user + " is no longer a member" : user + " is " + role.getLiteral());
	}

	static void assign(Connection c, String projectId, Collection<String> documentIds, String user, String actor)
			throws SQLException {
		requireAccount(c, user);
		requireDocuments(c, projectId, documentIds);
		int added = 0;
		for (String documentId : documentIds) {
			if (find(c, documentId, user).isEmpty()) {
				execute(c, "INSERT INTO assignment (document_id, annotator_id, status, changed_by, changed_at)"
						+ " VALUES (?, ?, ?, ?, ?)", documentId, user, WorkStatus.NEW.name(), actor, OffsetDateTime.now());
				added++;
			}
		}
		if (added > 0) {
			ProjectLog.write(c, projectId, ProjectLogEntry.ASSIGNMENT, user, actor,
					added + " document" + (added == 1 ? "" : "s") + " assigned to " + user);
		}
	}

	static void unassign(Connection c, String projectId, Collection<String> documentIds, String user, String actor)
			throws SQLException {
		requireDocuments(c, projectId, documentIds);
		int removed = 0;
		for (String documentId : documentIds) {
			removed += execute(c, "DELETE FROM assignment WHERE document_id = ? AND annotator_id = ?", documentId, user);
		}
		if (removed > 0) {
			ProjectLog.write(c, projectId, ProjectLogEntry.ASSIGNMENT, user, actor,
					removed + " document" + (removed == 1 ? "" : "s") + " taken back from " + user);
		}
	}

	static Optional<String> assignNext(Connection c, String projectId, String user, int perDocument, String actor)
			throws SQLException {
		if (perDocument < 1) {
			throw new IllegalArgumentException("Annotators per document must be at least 1, not " + perDocument);
		}
		// Locks the project's row first: two annotators asking at once queue here instead of both
		// taking the last place of one document.
		execute(c, "UPDATE project SET name = name WHERE id = ?", projectId);
		try (PreparedStatement select = c.prepareStatement("SELECT d.id FROM document d WHERE d.project_id = ?"
				+ " AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.document_id = d.id AND a.annotator_id = ?)"
				+ " AND (SELECT COUNT(*) FROM assignment a WHERE a.document_id = d.id) < ? ORDER BY d.seq"
				+ " FETCH FIRST 1 ROWS ONLY")) {
			select.setString(1, projectId);
			select.setString(2, user);
			select.setInt(3, perDocument);
			try (ResultSet rows = select.executeQuery()) {
				if (!rows.next()) {
					return Optional.empty();
				}
				String documentId = rows.getString(1);
				assign(c, projectId, List.of(documentId), user, actor);
				return Optional.of(documentId);
			}
		}
	}

	static List<Assignment> assignments(Connection c, String projectId) throws SQLException {
		List<Assignment> assignments = new ArrayList<>();
		try (PreparedStatement select = c.prepareStatement("SELECT a.document_id, a.annotator_id, a.status,"
				+ " a.changed_by, a.changed_at FROM assignment a JOIN document d ON d.id = a.document_id"
				+ " WHERE d.project_id = ? ORDER BY d.seq, a.annotator_id")) {
			select.setString(1, projectId);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					assignments.add(assignment(rows));
				}
			}
		}
		return assignments;
	}

	static Optional<Assignment> find(Connection c, String documentId, String user) throws SQLException {
		try (PreparedStatement select = c.prepareStatement("SELECT document_id, annotator_id, status, changed_by,"
				+ " changed_at FROM assignment WHERE document_id = ? AND annotator_id = ?")) {
			select.setString(1, documentId);
			select.setString(2, user);
			try (ResultSet rows = select.executeQuery()) {
				return rows.next() ? Optional.of(assignment(rows)) : Optional.empty();
			}
		}
	}

	static Optional<org.sanad.store.DocumentAccess> access(Connection c, String documentId, String user)
			throws SQLException {
		try (PreparedStatement select = c.prepareStatement("SELECT d.project_id, m.role, a.status, a.changed_by,"
				+ " a.changed_at FROM document d LEFT JOIN membership m ON m.project_id = d.project_id"
				+ " AND m.annotator_id = ? LEFT JOIN assignment a ON a.document_id = d.id AND a.annotator_id = ?"
				+ " WHERE d.id = ?")) {
			select.setString(1, user);
			select.setString(2, user);
			select.setString(3, documentId);
			try (ResultSet rows = select.executeQuery()) {
				if (!rows.next()) {
					return Optional.empty();
				}
				String role = rows.getString(2);
				String status = rows.getString(3);
				Assignment assignment = status == null ? null
						: new Assignment(documentId, user, WorkStatus.valueOf(status), rows.getString(4),
								rows.getObject(5, OffsetDateTime.class).toInstant());
				return Optional.of(new org.sanad.store.DocumentAccess(rows.getString(1),
						role == null ? null : Role.get(role), assignment));
			}
		}
	}

	static Optional<String> projectOf(Connection c, String documentId) throws SQLException {
		try (PreparedStatement select = c.prepareStatement("SELECT project_id FROM document WHERE id = ?")) {
			select.setString(1, documentId);
			try (ResultSet rows = select.executeQuery()) {
				return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
			}
		}
	}

	static Assignment setStatus(Connection c, String documentId, String user, WorkStatus status, String actor)
			throws SQLException {
		int changed = execute(c, "UPDATE assignment SET status = ?, changed_by = ?, changed_at = ?"
				+ " WHERE document_id = ? AND annotator_id = ?", status.name(), actor, OffsetDateTime.now(), documentId,
				user);
		if (changed == 0) {
			throw new StoreException("Document " + documentId + " is not assigned to " + user);
		}
		return find(c, documentId, user).orElseThrow();
	}

	private static Assignment assignment(ResultSet rows) throws SQLException {
		return new Assignment(rows.getString(1), rows.getString(2), WorkStatus.valueOf(rows.getString(3)),
				rows.getString(4), rows.getObject(5, OffsetDateTime.class).toInstant());
	}

	private static void requireProject(Connection c, String projectId) throws SQLException {
		if (ProjectRows.find(c, projectId).isEmpty()) {
			throw new StoreException("There is no project " + projectId);
		}
	}

	private static void requireAccount(Connection c, String user) throws SQLException {
		if (StoreAccounts.find(c, user).isEmpty()) {
			throw new StoreException("There is no account '" + user + "'");
		}
	}

	private static void requireDocuments(Connection c, String projectId, Collection<String> documentIds)
			throws SQLException {
		for (List<String> chunk : InList.chunks(documentIds)) {
			try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*) FROM document WHERE project_id = ?"
					+ " AND id IN " + InList.placeholders(chunk.size()))) {
				select.setString(1, projectId);
				for (int i = 0; i < chunk.size(); i++) {
					select.setString(i + 2, chunk.get(i));
				}
				try (ResultSet rows = select.executeQuery()) {
					rows.next();
					if (rows.getInt(1) != new java.util.HashSet<>(chunk).size()) {
						throw new StoreException("Not every document given is in project " + projectId);
					}
				}
			}
		}
	}

	private static int execute(Connection c, String sql, Object... values) throws SQLException {
		try (PreparedStatement statement = c.prepareStatement(sql)) {
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			return statement.executeUpdate();
		}
	}
}
