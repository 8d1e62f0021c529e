package org.sanad.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.sanad.store.CurationDecision;

/** The {@code curation_decision} table: decisions are appended, never changed. */
final class CurationRows {

	private CurationRows() {
	}

	static void insert(Connection connection, String documentId, long goldRevision, List<CurationDecision> decisions,
			Instant now) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO curation_decision (document_id,"
				+ " gold_revision, unit_key, action, annotator, reason, curator, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
			for (CurationDecision d : decisions) {
				insert.setString(1, documentId);
				insert.setLong(2, goldRevision);
				insert.setString(3, d.unit());
				insert.setString(4, d.action().name());
				insert.setString(5, d.annotator());
				insert.setString(6, d.reason());
				insert.setString(7, d.curator());
				insert.setObject(8, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	static List<CurationDecision> load(Connection connection, String documentId) throws SQLException {
		List<CurationDecision> decisions = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT unit_key, action, annotator, reason,"
				+ " curator, at FROM curation_decision WHERE document_id = ? ORDER BY id")) {
			select.setString(1, documentId);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					decisions.add(new CurationDecision(rows.getString(1),
							CurationDecision.Action.valueOf(rows.getString(2)), rows.getString(3), rows.getString(4),
							rows.getString(5), rows.getObject(6, OffsetDateTime.class).toInstant()));
				}
			}
		}
		return decisions;
	}
}
