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
 * accepting a set) records them in one row: action {@value #CREATIONS}, the first annotation's
 * id, and {@code after_json} an array of the annotations as a single creation records them. Read
 * back, it is one {@link AuditEntry} per annotation again, in their order. Two rows in an audit
 * index and two entries in H2's undo log per annotation were a third of an import's commit work.
 */
final class AuditRows {

	/** The action of a row that holds all of a change's creations. */
	static final String CREATIONS = "CREATE_ALL";

	private AuditRows() {
	}

	/** Records a change's entries; its creations come first, as {@code AnnotationSets.apply} makes them. */
	static void record(Connection connection, String setId, List<AuditEntry> entries) throws SQLException {
		List<AuditEntry> creations = entries.stream().filter(e -> e.action() == Action.CREATE).toList();
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit (set_id, revision, annotation_id,"
				+ " action, actor, at, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
			if (creations.size() > 1) {
				AuditEntry first = creations.get(0);
				StringBuilder all = new StringBuilder("[");
				for (AuditEntry e : creations) {
					all.append(all.length() == 1 ? "" : ",").append(e.after());
				}
				add(insert, setId, first, CREATIONS, all.append(']').toString());
			}
			for (AuditEntry e : entries) {
				if (creations.size() <= 1 || e.action() != Action.CREATE) {
					add(insert, setId, e, e.action().name(), e.after());
				}
			}
			insert.executeBatch();
		}
	}

	private static void add(PreparedStatement insert, String setId, AuditEntry e, String action, String after)
			throws SQLException {
		insert.setString(1, setId);
		insert.setLong(2, e.revision());
		insert.setString(3, e.annotationId());
		insert.setString(4, action);
		insert.setString(5, e.actor());
		insert.setObject(6, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
		insert.setString(7, e.before());
		insert.setString(8, after);
		insert.addBatch();
	}

	/** @return a set's entries after a revision, oldest first, one per annotation changed */
	static List<AuditEntry> read(Connection connection, String setId, long afterRevision) throws SQLException {
		List<AuditEntry> entries = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT revision, annotation_id, action, actor, at,"
				+ " before_json, after_json FROM audit WHERE set_id = ? AND revision > ? ORDER BY id")) {
			select.setString(1, setId);
			select.setLong(2, afterRevision);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					long revision = rows.getLong(1);
					String action = rows.getString(3);
					String actor = rows.getString(4);
					java.time.Instant at = rows.getObject(5, OffsetDateTime.class).toInstant();
					if (CREATIONS.equals(action)) {
						for (JsonElement created : JsonParser.parseString(rows.getString(7)).getAsJsonArray()) {
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
