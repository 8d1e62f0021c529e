package org.sanad.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;
import org.sanad.model.Source;
import org.sanad.model.SourceAttribution;
import org.sanad.store.AnnotationChange;
import org.sanad.store.ProjectLogEntry;
import org.sanad.store.SourceMention;
import org.sanad.store.StoreException;

/** The source registry's mentions and edits, inside the caller's transaction. */
final class SourceEdits {

	private SourceEdits() {
	}

	static List<SourceMention> mentions(Connection c, String projectId) throws SQLException {
		List<SourceMention> mentions = new ArrayList<>();
		try (PreparedStatement select = c.prepareStatement("SELECT a.source_id, d.id, d.title, s.owner_key, a.id,"
				+ " a.begin_offset, a.end_offset, a.source_kind, a.reliability, a.credibility, a.created_at"
				+ " FROM annotation a JOIN annotation_set s ON a.set_id = s.id JOIN document d ON d.id = s.document_id"
				+ " WHERE d.project_id = ? AND a.kind = 'source' AND a.source_id IS NOT NULL"
				+ " ORDER BY d.seq, a.begin_offset, s.owner_key")) {
			select.setString(1, projectId);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					OffsetDateTime created = rows.getObject(11, OffsetDateTime.class);
					String owner = rows.getString(4);
					mentions.add(new SourceMention(rows.getString(1), rows.getString(2), rows.getString(3),
							owner.isEmpty() ? null : owner, rows.getString(5), rows.getInt(6), rows.getInt(7),
							rows.getString(8), rating(rows.getString(9)), rating(rows.getString(10)),
							created == null ? null : created.toInstant()));
				}
			}
		}
		return mentions;
	}

	private static String rating(String stored) {
		return stored == null || stored.isBlank() ? "-" : stored;
	}

	static Source rename(Connection c, String projectId, String sourceId, String name, String actor)
			throws SQLException {
		Source source = find(c, projectId, sourceId);
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty() || clean.contains("\n")) {
			throw new StoreException("A source's name is one line of text, not '" + name + "'");
		}
		for (Source other : SourceRows.all(c, projectId)) {
			if (!other.getId().equals(sourceId) && key(other.getName()).equals(key(clean))) {
				throw new StoreException("A source named '" + other.getName() + "' exists already: merge into it");
			}
		}
		String before = source.getName();
		update(c, sourceId, "name", clean);
		ProjectLog.write(c, projectId, ProjectLogEntry.SOURCE, sourceId, actor,
				"renamed source '" + before + "' to '" + clean + "'");
		source.setName(clean);
		return source;
	}

	static Source setAliases(Connection c, String projectId, String sourceId, List<String> aliases, String actor)
			throws SQLException {
		Source source = find(c, projectId, sourceId);
		Set<String> clean = new LinkedHashSet<>();
		for (String alias : aliases) {
			String a = alias == null ? "" : alias.strip();
			if (a.contains("\n")) {
				throw new StoreException("An alias is one line of text, not '" + alias + "'");
			}
			if (!a.isEmpty() && !key(a).equals(key(source.getName()))) {
				clean.add(a);
			}
		}
		update(c, sourceId, "aliases", clean.isEmpty() ? null : String.join("\n", clean));
		ProjectLog.write(c, projectId, ProjectLogEntry.SOURCE, sourceId, actor,
				"aliases of '" + source.getName() + "': " + String.join(", ", clean));
		source.getAliases().clear();
		source.getAliases().addAll(clean);
		return source;
	}

	static int merge(Connection c, String projectId, String fromId, String intoId, String actor)
			throws SQLException {
		if (fromId.equals(intoId)) {
			throw new StoreException("A source cannot be merged into itself");
		}
		Source from = find(c, projectId, fromId);
		Source into = find(c, projectId, intoId);
		int moved = 0;
		for (String[] set : setsMentioning(c, fromId)) {
			moved += repoint(c, set[0], set[1].isEmpty() ? null : set[1], fromId, intoId, actor);
		}
		Set<String> aliases = new LinkedHashSet<>(into.getAliases());
		aliases.add(from.getName());
		aliases.addAll(from.getAliases());
		aliases.removeIf(a -> key(a).equals(key(into.getName())));
		update(c, intoId, "aliases", aliases.isEmpty() ? null : String.join("\n", aliases));
		try (PreparedStatement delete = c.prepareStatement("DELETE FROM source_entry WHERE id = ?")) {
			delete.setString(1, fromId);
			delete.executeUpdate();
		}
		ProjectLog.write(c, projectId, ProjectLogEntry.SOURCE, intoId, actor, "merged source '" + from.getName()
				+ "' into '" + into.getName() + "': " + moved + " mention" + (moved == 1 ? "" : "s") + " moved");
		return moved;
	}

	private static List<String[]> setsMentioning(Connection c, String sourceId) throws SQLException {
		List<String[]> sets = new ArrayList<>();
		try (PreparedStatement select = c.prepareStatement("SELECT DISTINCT s.document_id, s.owner_key FROM annotation a"
				+ " JOIN annotation_set s ON a.set_id = s.id WHERE a.source_id = ? ORDER BY s.document_id, s.owner_key")) {
			select.setString(1, sourceId);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					sets.add(new String[] { rows.getString(1), rows.getString(2) });
				}
			}
		}
		return sets;
	}

	/** Points one set's mentions of a source to another, as one change of that set. */
	private static int repoint(Connection c, String documentId, String owner, String fromId, String intoId,
			String actor) throws SQLException {
		AnnotationSet set = AnnotationSets.load(c, documentId, owner);
		List<Annotation> updated = new ArrayList<>();
		for (Annotation a : set.getAnnotations()) {
			if (a instanceof SourceAttribution s && fromId.equals(s.getSourceId())) {
				SourceAttribution copy = EcoreUtil.copy(s);
				copy.setSourceId(intoId);
				updated.add(copy);
			}
		}
		if (!updated.isEmpty()) {
			AnnotationSets.apply(c, new AnnotationChange(documentId, owner, actor, set.getRevision(), List.of(),
					updated, List.of(), null));
		}
		return updated.size();
	}

	private static Source find(Connection c, String projectId, String sourceId) throws SQLException {
		return SourceRows.all(c, projectId).stream().filter(s -> s.getId().equals(sourceId)).findFirst()
				.orElseThrow(() -> new StoreException("No source " + sourceId + " in project " + projectId));
	}

	private static void update(Connection c, String sourceId, String column, String value) throws SQLException {
		try (PreparedStatement update = c.prepareStatement("UPDATE source_entry SET " + column + " = ? WHERE id = ?")) {
			update.setString(1, value);
			update.setString(2, sourceId);
			update.executeUpdate();
		}
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}
}
