package org.sanad.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;
import org.sanad.model.EntityMention;
import org.sanad.model.LabelSchema;
import org.sanad.model.Project;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.schema.Layers;
import org.sanad.store.AnnotationChange;
import org.sanad.store.ProjectLogEntry;
import org.sanad.store.SchemaChange;
import org.sanad.store.SchemaChangeReport;
import org.sanad.store.StoreException;

/**
 * A schema change and the annotations that follow it, inside the caller's transaction: the new
 * schema is a new row of {@code label_schema}; each affected set gets one {@link AnnotationChange}
 * through {@link AnnotationSets#apply}, so its revision rises and its audit records the change.
 */
final class SchemaChanges {

	private SchemaChanges() {
	}

	static SchemaChangeReport apply(Connection c, String projectId, SchemaChange change, String actor)
			throws SQLException {
		Project project = ProjectRows.find(c, projectId).stream().findFirst()
				.orElseThrow(() -> new StoreException("No project with id " + projectId));
		LabelSchema schema = EcoreUtil.copy(project.getSchema());
		String layer = change.layer();
		change.applyTo(schema);
		int annotations = 0;
		int sets = 0;
		if (change.action() != SchemaChange.Action.ADD && change.action() != SchemaChange.Action.EDIT) {
			List<String[]> using = setsUsing(c, project.getId(), layer, change.name());
			if (change.action() == SchemaChange.Action.REMOVE && !using.isEmpty() && !change.deleteAnnotations()) {
				int count = countUsing(c, project.getId(), layer, change.name());
				throw new IllegalArgumentException(layer + " '" + change.name() + "' is used by " + count
						+ " annotation" + (count == 1 ? "" : "s") + " in " + using.size() + " set"
						+ (using.size() == 1 ? "" : "s") + ": merge it into another, or delete them with it");
			}
			for (String[] set : using) {
				annotations += carryOver(c, set[0], set[1].isEmpty() ? null : set[1], change, actor);
				sets++;
			}
		}
		insertVersion(c, project.getId(), schema);
		ProjectLog.write(c, project.getId(), ProjectLogEntry.SCHEMA, change.name(), actor, change.describe()
				+ " (schema v" + schema.getVersion() + ", " + annotations + " annotation" + (annotations == 1 ? "" : "s")
				+ " changed)");
		return new SchemaChangeReport(schema.getVersion(), annotations, sets);
	}

	private static String column(String layer) {
		return switch (layer) {
		case Layers.ENTITY -> "label";
		case Layers.STANCE -> "stance_target";
		default -> "source_kind";
		};
	}

	private static final String USING = " FROM annotation a JOIN annotation_set s ON a.set_id = s.id"
			+ " JOIN document d ON d.id = s.document_id WHERE d.project_id = ? AND a.kind = ? AND a.";

	/** @return {document id, owner key} of every set with an annotation using the name */
	private static List<String[]> setsUsing(Connection c, String projectId, String layer, String name)
			throws SQLException {
		List<String[]> sets = new ArrayList<>();
		try (PreparedStatement select = c.prepareStatement("SELECT DISTINCT s.document_id, s.owner_key" + USING
				+ column(layer) + " = ? ORDER BY s.document_id, s.owner_key")) {
			select.setString(1, projectId);
			select.setString(2, layer);
			select.setString(3, name);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					sets.add(new String[] { rows.getString(1), rows.getString(2) });
				}
			}
		}
		return sets;
	}

	/** @return per name of the layer, how many annotations of the project's sets use it */
	static java.util.Map<String, Long> usage(Connection c, String projectId, String layer) throws SQLException {
		java.util.Map<String, Long> usage = new java.util.TreeMap<>();
		String column = "a." + column(layer);
		try (PreparedStatement select = c.prepareStatement("SELECT " + column + ", COUNT(*)"
				+ USING.substring(0, USING.length() - " AND a.".length()) + " AND " + column + " IS NOT NULL GROUP BY "
				+ column)) {
			select.setString(1, projectId);
			select.setString(2, layer);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					usage.put(rows.getString(1), rows.getLong(2));
				}
			}
		}
		return usage;
	}

	private static int countUsing(Connection c, String projectId, String layer, String name) throws SQLException {
		try (PreparedStatement select = c.prepareStatement("SELECT COUNT(*)" + USING + column(layer) + " = ?")) {
			select.setString(1, projectId);
			select.setString(2, layer);
			select.setString(3, name);
			try (ResultSet rows = select.executeQuery()) {
				rows.next();
				return rows.getInt(1);
			}
		}
	}

	/** Renames (or deletes) one set's annotations that use the name, as one change of that set. */
	private static int carryOver(Connection c, String documentId, String owner, SchemaChange change, String actor)
			throws SQLException {
		AnnotationSet set = AnnotationSets.load(c, documentId, owner);
		List<Annotation> updated = new ArrayList<>();
		List<String> deleted = new ArrayList<>();
		for (Annotation a : set.getAnnotations()) {
			if (uses(a, change.layer(), change.name())) {
				if (change.action() == SchemaChange.Action.REMOVE) {
					deleted.add(a.getId());
				} else {
					Annotation copy = EcoreUtil.copy(a);
					rename(copy, change.into());
					if (a instanceof Stance s && copy instanceof Stance t) {
						t.setHolder(s.getHolder()); // the row's holder id, kept as it was
					}
					updated.add(copy);
				}
			}
		}
		Set<String> gone = Set.copyOf(deleted);
		for (Annotation a : set.getAnnotations()) {
			if (a instanceof Stance s && s.getHolder() != null && gone.contains(s.getHolder().getId())
					&& !gone.contains(s.getId())) {
				Stance copy = EcoreUtil.copy(s);
				copy.setHolder(null);
				updated.add(copy);
			}
		}
		AnnotationSets.apply(c, new AnnotationChange(documentId, owner, actor, set.getRevision(), List.of(), updated,
				deleted, null));
		return updated.size() + deleted.size();
	}

	private static boolean uses(Annotation a, String layer, String name) {
		return switch (layer) {
		case Layers.ENTITY -> a instanceof EntityMention m && name.equals(m.getLabel());
		case Layers.STANCE -> a instanceof Stance s && name.equals(s.getTarget());
		default -> a instanceof SourceAttribution s && name.equals(s.getKind());
		};
	}

	private static void rename(Annotation a, String into) {
		if (a instanceof EntityMention m) {
			m.setLabel(into);
		} else if (a instanceof Stance s) {
			s.setTarget(into);
		} else if (a instanceof SourceAttribution s) {
			s.setKind(into);
		}
	}

	private static void insertVersion(Connection c, String projectId, LabelSchema schema) throws SQLException {
		int version;
		try (PreparedStatement select = c.prepareStatement(
				"SELECT MAX(version) FROM label_schema WHERE project_id = ?")) {
			select.setString(1, projectId);
			try (ResultSet rows = select.executeQuery()) {
				rows.next();
				version = rows.getInt(1) + 1;
			}
		}
		schema.setVersion(version);
		try (PreparedStatement insert = c.prepareStatement(
				"INSERT INTO label_schema (project_id, version, content, created_at) VALUES (?, ?, ?, ?)")) {
			insert.setString(1, projectId);
			insert.setInt(2, version);
			insert.setString(3, ProjectRows.toXmi(schema));
			insert.setObject(4, OffsetDateTime.now());
			insert.executeUpdate();
		}
	}
}
