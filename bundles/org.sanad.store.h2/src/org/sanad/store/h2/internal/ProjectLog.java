package org.sanad.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.sanad.store.ProjectLogEntry;

/** The {@code project_log} table: changes to a project as a whole. */
final class ProjectLog {

	private ProjectLog() {
	}

	static void write(Connection c, String projectId, String action, String subject, String actor, String detail)
			throws SQLException {
		try (PreparedStatement insert = c.prepareStatement(
				"INSERT INTO project_log (project_id, action, subject, actor, at, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
			insert.setString(1, projectId);
			insert.setString(2, action);
			insert.setString(3, subject);
			insert.setString(4, actor == null || actor.isBlank() ? "unknown" : actor);
			insert.setObject(5, OffsetDateTime.now());
			insert.setString(6, detail);
			insert.executeUpdate();
		}
	}

	static List<ProjectLogEntry> read(Connection c, String projectId, Instant since) throws SQLException {
		List<ProjectLogEntry> entries = new ArrayList<>();
		try (PreparedStatement select = c.prepareStatement("SELECT id, action, subject, actor, at, detail"
				+ " FROM project_log WHERE project_id = ? AND at >= ? ORDER BY id")) {
			select.setString(1, projectId);
			select.setObject(2, since.atOffset(java.time.ZoneOffset.UTC));
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					entries.add(new ProjectLogEntry(rows.getLong(1), projectId, rows.getString(2), rows.getString(3),
							rows.getString(4), rows.getObject(5, OffsetDateTime.class).toInstant(), rows.getString(6)));
				}
			}
		}
		return entries;
	}
}
