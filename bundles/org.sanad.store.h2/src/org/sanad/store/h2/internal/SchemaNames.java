package org.sanad.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.sanad.model.EntityMention;
import org.sanad.model.Label;
import org.sanad.model.LabelSchema;
import org.sanad.model.Layer;
import org.sanad.model.SourceAttribution;
import org.sanad.model.SourceKind;
import org.sanad.model.Stance;
import org.sanad.model.StanceTarget;
import org.sanad.model.schema.Layers;
import org.sanad.store.AnnotationChange;
import org.sanad.store.UnknownNameException;

/**
 * Refuses a change that names a label, stance target or source kind its project's schema does
 * not have: an edit queued on a client while the schema was renamed would otherwise store a name
 * nothing else knows. Each project's names are parsed once per schema version; the check then
 * costs one indexed lookup of the version, in the change's own transaction.
 */
final class SchemaNames {

	private record Names(int version, Set<String> labels, Set<String> targets, Set<String> kinds) {
	}

	private final Map<String, Names> byProject = new ConcurrentHashMap<>();

	/** @throws UnknownNameException naming the first unknown name and every annotation of the change using it */
	void check(Connection c, AnnotationChange change) throws SQLException {
		if (change.created().isEmpty() && change.updated().isEmpty()) {
			return;
		}
		Names names = names(c, change.documentId());
		if (names == null) {
			return; // no such document: the change itself says so
		}
		for (var annotation : concat(change)) {
			String[] unknown = unknown(names, annotation);
			if (unknown != null) {
				List<String> ids = concat(change).stream()
						.filter(a -> java.util.Arrays.equals(unknown(names, a), unknown))
						.map(org.sanad.model.Annotation::getId).toList();
				throw new UnknownNameException(describe(unknown[0]) + " '" + unknown[1]
						+ "' is not in the project's schema (version " + names.version()
						+ "; it may have been renamed or removed meanwhile): " + ids.size() + " annotation"
						+ (ids.size() == 1 ? "" : "s") + " of this change use it. Relabel or drop them.",
						unknown[0], unknown[1], ids);
			}
		}
	}

	private static List<org.sanad.model.Annotation> concat(AnnotationChange change) {
		List<org.sanad.model.Annotation> all = new ArrayList<>(change.created());
		all.addAll(change.updated());
		return all;
	}

	/** @return {field, name} of the annotation's name the schema lacks, or {@code null} */
	private static String[] unknown(Names names, org.sanad.model.Annotation annotation) {
		if (annotation instanceof EntityMention m && m.getLabel() != null && !names.labels().contains(m.getLabel())) {
			return new String[] { UnknownNameException.LABEL, m.getLabel() };
		}
		if (annotation instanceof Stance s && s.getTarget() != null && !names.targets().contains(s.getTarget())) {
			return new String[] { UnknownNameException.TARGET, s.getTarget() };
		}
		if (annotation instanceof SourceAttribution s && s.getKind() != null && !names.kinds().contains(s.getKind())) {
			return new String[] { UnknownNameException.KIND, s.getKind() };
		}
		return null;
	}

	private static String describe(String field) {
		return switch (field) {
		case UnknownNameException.LABEL -> "Entity label";
		case UnknownNameException.TARGET -> "Stance target";
		default -> "Source kind";
		};
	}

	private Names names(Connection c, String documentId) throws SQLException {
		String projectId;
		int version;
		try (PreparedStatement select = c.prepareStatement("SELECT d.project_id, (SELECT MAX(s.version) FROM"
				+ " label_schema s WHERE s.project_id = d.project_id) FROM document d WHERE d.id = ?")) {
			select.setString(1, documentId);
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					return null;
				}
				projectId = row.getString(1);
				version = row.getInt(2);
			}
		}
		Names cached = byProject.get(projectId);
		if (cached != null && cached.version() == version) {
			return cached;
		}
		Names read = read(c, projectId, version);
		byProject.put(projectId, read);
		return read;
	}

	private static Names read(Connection c, String projectId, int version) throws SQLException {
		try (PreparedStatement select = c
				.prepareStatement("SELECT content FROM label_schema WHERE project_id = ? AND version = ?")) {
			select.setString(1, projectId);
			select.setInt(2, version);
			try (ResultSet row = select.executeQuery()) {
				row.next();
				LabelSchema schema = ProjectRows.fromXmi(row.getString(1), projectId);
				return new Names(version,
						schema.getLayers().stream().filter(l -> Layers.ENTITY.equals(l.getId()))
								.map(Layer::getLabels).flatMap(List::stream).map(Label::getName)
								.collect(Collectors.toUnmodifiableSet()),
						schema.getStanceTargets().stream().map(StanceTarget::getId)
								.collect(Collectors.toUnmodifiableSet()),
						schema.getSourceKinds().stream().map(SourceKind::getId).collect(Collectors.toUnmodifiableSet()));
			}
		}
	}
}
