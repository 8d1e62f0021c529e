package org.sanad.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanad.store.ProjectLogEntry;
import org.sanad.store.StoreException;

/**
 * Deleting documents and projects inside the caller's transaction, children before parents (the
 * tables' foreign keys do not cascade, so that nothing goes by accident).
 */
final class Deletions {

	/**
	 * Rows that hang off a set, deleted by set ids; claim spans go with their annotation (ON DELETE
	 * CASCADE). Ids come as parameter lists, not subqueries: H2 ran an {@code IN (SELECT ...)} once
	 * per row of the table it deleted from.
	 */
	private static final List<String> SET_CHILDREN = List.of("DELETE FROM annotation WHERE set_id IN %s",
			"DELETE FROM audit WHERE set_id IN %s", "DELETE FROM applied_change WHERE set_id IN %s",
			"DELETE FROM annotation_set WHERE id IN %s");

	/** Rows that hang off a document, then the document, deleted by document ids. */
	private static final List<String> DOCUMENT_CHILDREN = List.of("DELETE FROM curation_decision WHERE document_id IN %s",
			"DELETE FROM assignment WHERE document_id IN %s",
			"DELETE FROM boilerplate_region WHERE document_id IN %s", "DELETE FROM document WHERE id IN %s");

	private Deletions() {
	}

	static void documents(Connection c, String projectId, Collection<String> documentIds, String actor)
			throws SQLException {
		Map<String, String> titles = titles(c, projectId, documentIds);
		for (String id : documentIds) {
			if (!titles.containsKey(id)) {
				throw new StoreException("No document " + id + " in project " + projectId);
			}
		}
		for (List<String> chunk : InList.chunks(titles.keySet())) {
			deleteDocuments(c, chunk);
		}
		for (var entry : titles.entrySet()) {
			ProjectLog.write(c, projectId, ProjectLogEntry.DELETE_DOCUMENT, entry.getKey(), actor,
					"deleted document '" + entry.getValue() + "'");
		}
	}

	static void project(Connection c, String projectId, String actor) throws SQLException {
		String name = ProjectRows.find(c, projectId).stream().findFirst()
				.orElseThrow(() -> new StoreException("No project with id " + projectId)).getName();
		List<String> ids = new ArrayList<>();
		try (PreparedStatement select = c.prepareStatement("SELECT id FROM document WHERE project_id = ?")) {
			select.setString(1, projectId);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getString(1));
				}
			}
		}
		for (List<String> chunk : InList.chunks(ids)) {
			deleteDocuments(c, chunk);
		}
		for (String table : List.of("source_entry", "membership", "label_schema")) {
			try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE project_id = ?")) {
				delete.setString(1, projectId);
				delete.executeUpdate();
			}
		}
		try (PreparedStatement delete = c.prepareStatement("DELETE FROM project WHERE id = ?")) {
			delete.setString(1, projectId);
			delete.executeUpdate();
		}
		ProjectLog.write(c, projectId, ProjectLogEntry.DELETE_PROJECT, projectId, actor,
				"deleted project '" + name + "' with " + ids.size() + " document" + (ids.size() == 1 ? "" : "s"));
	}

	private static Map<String, String> titles(Connection c, String projectId, Collection<String> documentIds)
			throws SQLException {
		Map<String, String> titles = new LinkedHashMap<>();
		for (List<String> batch : InList.chunks(new java.util.LinkedHashSet<>(documentIds))) {
			try (PreparedStatement select = c.prepareStatement("SELECT id, title FROM document WHERE project_id = ?"
					+ " AND id IN " + InList.placeholders(batch.size()))) {
				select.setString(1, projectId);
				for (int i = 0; i < batch.size(); i++) {
					select.setString(i + 2, batch.get(i));
				}
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						titles.put(rows.getString(1), rows.getString(2));
					}
				}
			}
		}
		return titles;
	}

	private static void deleteDocuments(Connection c, List<String> ids) throws SQLException {
		List<String> sets = new ArrayList<>();
		try (PreparedStatement select = c.prepareStatement(
				"SELECT id FROM annotation_set WHERE document_id IN " + InList.placeholders(ids.size()))) {
			bind(select, ids);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					sets.add(rows.getString(1));
				}
			}
		}
		for (List<String> chunk : InList.chunks(sets)) {
			run(c, SET_CHILDREN, chunk);
		}
		run(c, DOCUMENT_CHILDREN, ids);
	}

	private static void run(Connection c, List<String> statements, List<String> ids) throws SQLException {
		for (String sql : statements) {
			try (PreparedStatement delete = c.prepareStatement(sql.formatted(InList.placeholders(ids.size())))) {
				bind(delete, ids);
				delete.executeUpdate();
			}
		}
	}

	private static void bind(PreparedStatement statement, List<String> ids) throws SQLException {
		for (int i = 0; i < ids.size(); i++) {
			statement.setString(i + 1, ids.get(i));
		}
	}
}
