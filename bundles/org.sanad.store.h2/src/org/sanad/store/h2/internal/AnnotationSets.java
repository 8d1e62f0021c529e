package org.sanad.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sanad.model.ids.TimeOrderedIds;

import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;
import org.sanad.model.SanadFactory;
import org.sanad.model.SetStatus;
import org.sanad.store.AnnotationChange;
import org.sanad.store.AuditEntry.Action;
import org.sanad.store.AuditEntry;
import org.sanad.store.ConflictException;
import org.sanad.store.SetChange;
import org.sanad.store.SetChanges;
import org.sanad.store.SetSummary;
import org.sanad.store.StoreException;

/** Annotation sets: loading, applying a change under optimistic locking, and the audit. */
final class AnnotationSets {

	/** The row of a set: its id, status and revision. */
	private record SetRow(String id, SetStatus status, long revision) {
	}

	private AnnotationSets() {
	}

	private static String ownerKey(String owner) {
		return owner == null ? "" : owner;
	}

	static AnnotationSet load(Connection connection, String documentId, String owner) throws SQLException {
		AnnotationSet set = SanadFactory.eINSTANCE.createAnnotationSet();
		set.setDocumentId(documentId);
		set.setOwner(owner);
		set.setGold(owner == null);
		Optional<SetRow> row = find(connection, documentId, owner);
		if (row.isEmpty()) {
			set.setId(null);
			set.setStatus(SetStatus.NEW);
			set.setRevision(0);
			return set;
		}
		set.setId(row.get().id());
		set.setStatus(row.get().status());
		set.setRevision(row.get().revision());
		set.getAnnotations().addAll(AnnotationRows.loadAll(connection, row.get().id()));
		return set;
	}

	/** @return for each document, in order, the owner's set as {@link #load} gives it */
	static Map<String, AnnotationSet> loadMany(Connection connection, Collection<String> documentIds, String owner)
			throws SQLException {
		Map<String, AnnotationSet> sets = new LinkedHashMap<>();
		for (String id : documentIds) {
			AnnotationSet set = SanadFactory.eINSTANCE.createAnnotationSet();
			set.setDocumentId(id);
			set.setOwner(owner);
			set.setGold(owner == null);
			set.setStatus(SetStatus.NEW);
			sets.put(id, set);
		}
		Map<String, AnnotationSet> bySetId = new LinkedHashMap<>();
		for (List<String> chunk : InList.chunks(sets.keySet())) {
			try (PreparedStatement select = connection.prepareStatement("SELECT document_id, id, status, revision"
					+ " FROM annotation_set WHERE owner_key = ? AND document_id IN " + InList.placeholders(chunk.size()))) {
				select.setString(1, ownerKey(owner));
				for (int i = 0; i < chunk.size(); i++) {
					select.setString(i + 2, chunk.get(i));
				}
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						AnnotationSet set = sets.get(rows.getString(1));
						set.setId(rows.getString(2));
						set.setStatus(SetStatus.getByName(rows.getString(3)));
						set.setRevision(rows.getLong(4));
						bySetId.put(set.getId(), set);
					}
				}
			}
		}
		AnnotationRows.loadSets(connection, bySetId.keySet())
				.forEach((setId, annotations) -> bySetId.get(setId).getAnnotations().addAll(annotations));
		return sets;
	}

	/** @return the owners of the project's sets, gold left out, sorted */
	static List<String> owners(Connection connection, String projectId) throws SQLException {
		List<String> owners = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT DISTINCT s.owner_key FROM annotation_set s"
				+ " JOIN document d ON d.id = s.document_id WHERE d.project_id = ? AND s.owner_key <> ''"
				+ " ORDER BY s.owner_key")) {
			select.setString(1, projectId);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					owners.add(rows.getString(1));
				}
			}
		}
		return owners;
	}

	static Map<String, SetSummary> summaries(Connection connection, String owner, Collection<String> documentIds)
			throws SQLException {
		Map<String, SetSummary> summaries = new LinkedHashMap<>();
		for (String id : documentIds) {
			summaries.put(id, SetSummary.none(id));
		}
		for (List<String> chunk : InList.chunks(summaries.keySet())) {
			String sql = "SELECT s.document_id, s.status, s.revision,"
					+ " (SELECT COUNT(*) FROM annotation a WHERE a.set_id = s.id)"
					+ " FROM annotation_set s WHERE s.owner_key = ? AND s.document_id IN "
					+ InList.placeholders(chunk.size());
			try (PreparedStatement select = connection.prepareStatement(sql)) {
				select.setString(1, ownerKey(owner));
				for (int i = 0; i < chunk.size(); i++) {
					select.setString(i + 2, chunk.get(i));
				}
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						String id = rows.getString(1);
						summaries.put(id, new SetSummary(id, SetStatus.getByName(rows.getString(2)), rows.getInt(4),
								rows.getLong(3)));
					}
				}
			}
		}
		return summaries;
	}

	static List<SetChange> modifiedSince(Connection connection, String projectId, Instant since) throws SQLException {
		List<SetChange> changes = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT s.document_id, s.owner_key, s.status,"
				+ " s.modified_at FROM annotation_set s JOIN document d ON d.id = s.document_id"
				+ " WHERE d.project_id = ? AND s.modified_at >= ? ORDER BY s.modified_at")) {
			select.setString(1, projectId);
			select.setObject(2, OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC));
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					String owner = rows.getString(2);
					changes.add(new SetChange(rows.getString(1), owner.isEmpty() ? null : owner,
							SetStatus.getByName(rows.getString(3)), rows.getObject(4, OffsetDateTime.class).toInstant()));
				}
			}
		}
		return changes;
	}

	/**
	 * @return the revision a change with the same key made, if the set has applied one
	 * @throws StoreException if the key was used for another set
	 */
	static java.util.Optional<Long> appliedBefore(Connection connection, AnnotationChange change) throws SQLException {
		if (change.changeId() == null) {
			return java.util.Optional.empty();
		}
		try (PreparedStatement select = connection.prepareStatement("SELECT c.revision, s.document_id, s.owner_key"
				+ " FROM applied_change c JOIN annotation_set s ON s.id = c.set_id WHERE c.change_id = ?")) {
			select.setString(1, change.changeId());
			try (ResultSet rows = select.executeQuery()) {
				if (!rows.next()) {
					return java.util.Optional.empty();
				}
				String owner = change.owner() == null ? "" : change.owner();
				if (!rows.getString(2).equals(change.documentId()) || !rows.getString(3).equals(owner)) {
					throw new StoreException("Change " + change.changeId() + " was applied to another annotation set");
				}
				return java.util.Optional.of(rows.getLong(1));
			}
		}
	}

	static long apply(Connection connection, AnnotationChange change) throws SQLException {
		requireDocument(connection, change.documentId());
		SetRow set = find(connection, change.documentId(), change.owner())
				.orElseGet(() -> create(connection, change.documentId(), change.owner()));
		if (set.revision() != change.baseRevision()) {
			throw conflict(connection, set, change);
		}
		long revision = set.revision() + 1;
		Instant now = Instant.now();
		List<AuditEntry> audit = new ArrayList<>();
		Set<String> touched = new HashSet<>();
		for (Annotation annotation : change.created()) {
			requireUnique(touched, annotation.getId());
			if (annotation.getCreatedAt() == null) {
				annotation.setCreatedAt(java.util.Date.from(now));
			}
			if (annotation.getCreatedBy() == null) {
				annotation.setCreatedBy(change.actor());
			}
			audit.add(new AuditEntry(revision, annotation.getId(), Action.CREATE, change.actor(), now, null,
					AnnotationJson.of(annotation)));
		}
		AnnotationRows.insertAll(connection, set.id(), change.created());
		for (Annotation annotation : change.updated()) {
			requireUnique(touched, annotation.getId());
			Annotation before = existing(connection, set, annotation.getId());
			AnnotationRows.update(connection, set.id(), annotation);
			audit.add(new AuditEntry(revision, annotation.getId(), Action.UPDATE, change.actor(), now,
					AnnotationJson.of(before), AnnotationJson.of(annotation)));
		}
		for (String id : change.deleted()) {
			requireUnique(touched, id);
			Annotation before = existing(connection, set, id);
			AnnotationRows.delete(connection, id);
			audit.add(new AuditEntry(revision, id, Action.DELETE, change.actor(), now, AnnotationJson.of(before), null));
		}
		advance(connection, set, change, revision, now);
		AuditRows.record(connection, set.id(), audit);
		if (change.changeId() != null) {
			try (PreparedStatement key = connection.prepareStatement(
					"INSERT INTO applied_change (change_id, set_id, revision) VALUES (?, ?, ?)")) {
				key.setString(1, change.changeId());
				key.setString(2, set.id());
				key.setLong(3, revision);
				key.executeUpdate();
			}
		}
		return revision;
	}

	private static void requireUnique(Set<String> touched, String id) {
		if (id == null || !touched.add(id)) {
			throw new StoreException(id == null ? "An annotation has no id" : "Annotation " + id + " is changed twice in one action");
		}
	}

	private static Annotation existing(Connection connection, SetRow set, String id) throws SQLException {
		return AnnotationRows.load(connection, set.id(), id)
				.orElseThrow(() -> new StoreException("Annotation " + id + " is not in this annotation set"));
	}

	/** Moves the set to the new revision, failing if another writer got there first. */
	private static void advance(Connection connection, SetRow set, AnnotationChange change, long revision, Instant now)
			throws SQLException {
		SetStatus status = change.status() != null ? change.status()
				: set.status() == SetStatus.NEW ? SetStatus.IN_PROGRESS : set.status();
		try (PreparedStatement update = connection.prepareStatement(
				"UPDATE annotation_set SET revision = ?, status = ?, modified_at = ? WHERE id = ? AND revision = ?")) {
			update.setLong(1, revision);
			update.setString(2, status.getName());
			update.setObject(3, OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
			update.setString(4, set.id());
			update.setLong(5, set.revision());
			if (update.executeUpdate() != 1) {
				SetRow current = find(connection, change.documentId(), change.owner()).orElseThrow();
				throw conflict(connection, current, change);
			}
		}
	}

	private static ConflictException conflict(Connection connection, SetRow set, AnnotationChange change)
			throws SQLException {
		List<AuditEntry> since = audit(connection, set.id(), change.baseRevision());
		Set<String> actors = new java.util.TreeSet<>();
		long created = 0;
		long updated = 0;
		long deleted = 0;
		for (AuditEntry e : since) {
			actors.add(e.actor());
			switch (e.action()) {
			case CREATE -> created++;
			case UPDATE -> updated++;
			case DELETE -> deleted++;
			}
		}
		String who = change.owner() == null ? "the gold set" : change.owner() + "'s annotations";
		return new ConflictException("Not saved: " + who + " of document " + change.documentId()
				+ " changed since revision " + change.baseRevision() + " (now " + set.revision() + ") by "
				+ String.join(", ", actors) + ": " + created + " created, " + updated + " updated, " + deleted
				+ " deleted. Reload the document and apply the change again.", change.baseRevision(), set.revision(),
				since);
	}

	static List<AuditEntry> audit(Connection connection, String setId, long afterRevision) throws SQLException {
		return AuditRows.read(connection, setId, afterRevision);
	}

	/** Reads the audit after a revision and, for each annotation it names, the annotation as it is now. */
	static Optional<SetChanges> changesSince(Connection connection, String documentId, String owner, long afterRevision)
			throws SQLException {
		Optional<SetRow> row = find(connection, documentId, owner);
		if (row.isEmpty()) {
			return Optional.empty();
		}
		Set<String> named = new LinkedHashSet<>();
		for (AuditEntry entry : audit(connection, row.get().id(), afterRevision)) {
			named.add(entry.annotationId());
		}
		List<Annotation> current = new ArrayList<>();
		Set<String> deleted = new HashSet<>();
		for (String id : named) {
			Optional<Annotation> now = AnnotationRows.load(connection, row.get().id(), id);
			if (now.isPresent()) {
				current.add(now.get());
			} else {
				deleted.add(id);
			}
		}
		return Optional.of(new SetChanges(row.get().revision(), row.get().status(), current, deleted));
	}

	static Optional<String> setId(Connection connection, String documentId, String owner) throws SQLException {
		return find(connection, documentId, owner).map(SetRow::id);
	}

	private static Optional<SetRow> find(Connection connection, String documentId, String owner) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT id, status, revision FROM annotation_set WHERE document_id = ? AND owner_key = ?")) {
			select.setString(1, documentId);
			select.setString(2, ownerKey(owner));
			try (ResultSet row = select.executeQuery()) {
				return row.next()
						? Optional.of(new SetRow(row.getString(1), SetStatus.getByName(row.getString(2)), row.getLong(3)))
						: Optional.empty();
			}
		}
	}

	private static SetRow create(Connection connection, String documentId, String owner) {
		String id = TimeOrderedIds.next();
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO annotation_set (id, document_id,"
				+ " owner_key, gold, status, revision, modified_at) VALUES (?, ?, ?, ?, ?, 0, ?)")) {
			insert.setString(1, id);
			insert.setString(2, documentId);
			insert.setString(3, ownerKey(owner));
			insert.setBoolean(4, owner == null);
			insert.setString(5, SetStatus.NEW.getName());
			insert.setObject(6, OffsetDateTime.now());
			insert.executeUpdate();
			return new SetRow(id, SetStatus.NEW, 0);
		} catch (SQLException e) {
			if (!Rows.isUniqueViolation(e)) {
				throw new StoreException("Could not create the annotation set of document " + documentId + ": "
						+ e.getMessage(), e);
			}
			// Another writer created the set at the same moment: that is a conflict like any other.
			throw new ConflictException("Not saved: the annotation set of document " + documentId
					+ " was created by another writer at the same moment. Reload and apply the change again.", 0, 1,
					List.of());
		}
	}

	private static void requireDocument(Connection connection, String documentId) throws SQLException {
		if (!Rows.exists(connection, "document", documentId)) {
			throw new StoreException("No document with id " + documentId);
		}
	}
}
