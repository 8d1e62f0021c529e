package org.sanad.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.sanad.store.AuditEntry;
import org.sanad.store.AuditEntry.Action;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The audit's rows. An update or a delete is one row per annotation; so is a change's only
 * creation. A change that creates several annotations (an import, a pre-annotation run, a curator
 * accepting a set) records them in rows of action {@value #CREATIONS}: {@code created_json} is a
 * JSON array of the annotations as a single creation records each in {@code after_json}, at most
 * {@link #MOST_CHARACTERS} a row, and {@code annotation_id} is the first one's. Read back, it is one
 * {@link AuditEntry} per annotation again, in their order. A row per annotation meant two more
 * index entries, and two more in H2's undo log, for each annotation imported: a third of an
 * import's commit work.
 */
final class AuditRows {

	/** The action of a row that holds several of a change's creations. */
	static final String CREATIONS = "CREATE_ALL";

	/** The length of {@code created_json}: H2's longest character column. */
	static final int MOST_CHARACTERS = 1_000_000;

	private AuditRows() {
	}

	/** Records a change's entries; its creations come first, as {@code AnnotationSets.apply} makes them. */
	static void record(Connection connection, String setId, List<AuditEntry> entries) throws SQLException {
		boolean grouped = entries.stream().filter(e -> e.action() == Action.CREATE).count() > 1;
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit (set_id, revision, annotation_id,"
				+ " action, actor, at, before_json, after_json, created_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			List<AuditEntry> group = new ArrayList<>();
			int length = 2;
			for (AuditEntry e : entries) {
				boolean fits = grouped && e.action() == Action.CREATE && e.after().length() + 3 <= MOST_CHARACTERS;
				if (!group.isEmpty() && (!fits || length + e.after().length() + 1 > MOST_CHARACTERS)) {
					addGroup(insert, setId, group);
					group.clear();
					length = 2;
				}
				if (fits) {
					group.add(e);
					length += e.after().length() + 1;
				} else {
					add(insert, setId, e, e.action().name(), e.after(), null);
				}
			}
			if (!group.isEmpty()) {
				addGroup(insert, setId, group);
			}
			insert.executeBatch();
		}
	}

	private static void addGroup(PreparedStatement insert, String setId, List<AuditEntry> group) throws SQLException {
		StringBuilder all = new StringBuilder("[");
		for (AuditEntry e : group) {
			all.append(all.length() == 1 ? "" : ",").append(e.after());
		}
		add(insert, setId, group.get(0), CREATIONS, null, all.append(']').toString());
	}

	private static void add(PreparedStatement insert, String setId, AuditEntry e, String action, String after,
			String created) throws SQLException {
		insert.setString(1, setId);
		insert.setLong(2, e.revision());
		insert.setString(3, e.annotationId());
		insert.setString(4, action);
		insert.setString(5, e.actor());
		insert.setObject(6, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
		insert.setString(7, e.before());
		insert.setString(8, after);
		insert.setString(9, created);
		insert.addBatch();
	}

	/** @return a set's entries after a revision, oldest first, one per annotation changed */
	static List<AuditEntry> read(Connection connection, String setId, long afterRevision) throws SQLException {
		List<AuditEntry> entries = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT revision, annotation_id, action, actor, at,"
				+ " before_json, after_json, created_json FROM audit WHERE set_id = ? AND revision > ? ORDER BY id")) {
			select.setString(1, setId);
			select.setLong(2, afterRevision);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					long revision = rows.getLong(1);
					String action = rows.getString(3);
					String actor = rows.getString(4);
					java.time.Instant at = rows.getObject(5, OffsetDateTime.class).toInstant();
					if (CREATIONS.equals(action)) {
						for (JsonElement created : JsonParser.parseString(rows.getString(8)).getAsJsonArray()) {
							entries.add(new AuditEntry(revision, created.getAsJsonObject().get("id").getAsString(),
									Action.CREATE, actor, at, null, created.toString()));
						}
					} else {
						entries.add(new AuditEntry(revision, rows.getString(2), Action.valueOf(action), actor, at,
								rows.getString(6), rows.getString(7)));
					}
				}
			}
		}
		return entries;
	}
}
