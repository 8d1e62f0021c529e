package org.sanad.store.h2.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.sanad.model.ids.TimeOrderedIds;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.sanad.model.LabelSchema;
import org.sanad.model.Project;
import org.sanad.model.SanadFactory;
import org.sanad.model.SanadPackage;
import org.sanad.store.StoreException;

/** Projects as rows of {@code project}; each schema version as XMI in {@code label_schema}. */
final class ProjectRows {

	private static final String SELECT = "SELECT p.id, p.name, p.description, p.created_at, p.boilerplate_phrases,"
			+ " s.content, p.curation_reasons FROM project p JOIN label_schema s ON s.project_id = p.id"
			+ " AND s.version = (SELECT MAX(version) FROM label_schema WHERE project_id = p.id)";

	private ProjectRows() {
	}

	/**
	 * Reads the number the project's next document gets. {@code lock}: and holds the project's row
	 * until the transaction ends, so that writers of one project take turns.
	 *
	 * @throws StoreException if there is no such project
	 */
	static long nextSeq(Connection connection, String projectId, boolean lock) throws SQLException {
		try (PreparedStatement select = connection
				.prepareStatement("SELECT next_seq FROM project WHERE id = ?" + (lock ? " FOR UPDATE" : ""))) {
			select.setString(1, projectId);
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					throw new StoreException("No project with id " + projectId);
				}
				return row.getLong(1);
			}
		}
	}

	static void setNextSeq(Connection connection, String projectId, long next) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("UPDATE project SET next_seq = ? WHERE id = ?")) {
			update.setLong(1, next);
			update.setString(2, projectId);
			update.executeUpdate();
		}
	}

	static Project insert(Connection connection, String name, String description, LabelSchema schema)
			throws SQLException {
		Project project = SanadFactory.eINSTANCE.createProject();
		project.setId(TimeOrderedIds.next());
		project.setName(name);
		project.setDescription(description);
		OffsetDateTime now = OffsetDateTime.now();
		project.setCreatedAt(Date.from(now.toInstant()));
		project.setSchema(EcoreUtil.copy(schema));
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO project (id, name, description, created_at) VALUES (?, ?, ?, ?)")) {
			insert.setString(1, project.getId());
			insert.setString(2, name);
			insert.setString(3, description);
			insert.setObject(4, now);
			insert.executeUpdate();
		}
		try (PreparedStatement insert = connection.prepareStatement(
				"INSERT INTO label_schema (project_id, version, content, created_at) VALUES (?, ?, ?, ?)")) {
			insert.setString(1, project.getId());
			insert.setInt(2, schema.getVersion());
			insert.setString(3, toXmi(schema));
			insert.setObject(4, now);
			insert.executeUpdate();
		}
		return project;
	}

	static List<Project> all(Connection connection) throws SQLException {
		return query(connection, SELECT + " ORDER BY p.name");
	}

	static List<Project> find(Connection connection, String nameOrId) throws SQLException {
		return query(connection, SELECT + " WHERE p.name = ? OR p.id = ?", nameOrId, nameOrId);
	}

	private static List<Project> query(Connection connection, String sql, String... parameters) throws SQLException {
		List<Project> projects = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				select.setString(i + 1, parameters[i]);
			}
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					Project p = SanadFactory.eINSTANCE.createProject();
					p.setId(rows.getString(1));
					p.setName(rows.getString(2));
					p.setDescription(rows.getString(3));
					p.setCreatedAt(Date.from(rows.getObject(4, OffsetDateTime.class).toInstant()));
					String phrases = rows.getString(5);
					if (phrases != null) {
						p.getBoilerplatePhrases().addAll(phrases.lines().toList());
					}
					p.setSchema(fromXmi(rows.getString(6), p.getName()));
					String reasons = rows.getString(7);
					if (reasons != null) {
						p.getCurationReasons().addAll(reasons.lines().toList());
					}
					projects.add(p);
				}
			}
		}
		for (Project p : projects) {
			p.getSources().addAll(SourceRows.all(connection, p.getId()));
		}
		return projects;
	}

	static String toXmi(LabelSchema schema) {
		Resource resource = new XMIResourceImpl(URI.createURI("schema.xmi"));
		resource.getContents().add(EcoreUtil.copy(schema));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, Map.of());
		} catch (IOException e) {
			throw new StoreException("Could not write the label schema", e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	static LabelSchema fromXmi(String xmi, String projectName) {
		SanadPackage.eINSTANCE.getClass(); // registers the package for XMI loading
		Resource resource = new XMIResourceImpl(URI.createURI("schema.xmi"));
		try {
			resource.load(new ByteArrayInputStream(xmi.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new StoreException("The label schema of project '" + projectName + "' cannot be read", e);
		}
		return (LabelSchema) resource.getContents().get(0);
	}
}
