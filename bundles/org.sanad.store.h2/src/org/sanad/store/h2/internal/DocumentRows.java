package org.sanad.store.h2.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ObjLongConsumer;

import org.sanad.model.BoilerplateRegion;
import org.sanad.model.Document;
import org.sanad.model.SanadFactory;
import org.sanad.store.StoreException;

import com.google.gson.JsonParser;

/** Documents as rows of {@code document} and {@code boilerplate_region}; listings never select the text. */
final class DocumentRows {

	private static final String HEADER = "SELECT id, project_id, title, origin, language, text_length, checksum,"
			+ " imported_at, metadata FROM document";

	private DocumentRows() {
	}

	/** Inserts the documents, numbered in the project from {@code first} in list order. */
	static void insertAll(Connection connection, String projectId, long first, List<NewDocument> documents)
			throws SQLException {
		try (PreparedStatement doc = connection.prepareStatement("INSERT INTO document (id, project_id, seq, title,"
				+ " origin, language, text_length, checksum, imported_at, metadata, text_utf8)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
				PreparedStatement region = connection.prepareStatement(
						"INSERT INTO boilerplate_region (document_id, begin_offset, end_offset, rule) VALUES (?, ?, ?, ?)")) {
			long seq = first;
			boolean regions = false;
			for (NewDocument row : documents) {
				Document d = row.source();
				String text = d.getText();
				doc.setString(1, row.id());
				doc.setString(2, projectId);
				doc.setLong(3, seq++);
				doc.setString(4, d.getTitle());
				doc.setString(5, d.getOrigin());
				doc.setString(6, d.getLanguage());
				doc.setInt(7, text.length());
				doc.setString(8, row.checksum());
				doc.setObject(9, OffsetDateTime.ofInstant(row.importedAt().toInstant(), ZoneOffset.UTC));
				doc.setString(10, row.metadata());
				// The bytes as they are, usually those the importer read: encoding Arabic cost more than
				// writing it (and a string H2 encoded, decoded and encoded again).
				doc.setBinaryStream(11, row.utf8().stream(), row.utf8().length());
				doc.addBatch();
				for (BoilerplateRegion r : d.getBoilerplate()) {
					region.setString(1, row.id());
					region.setInt(2, r.getBegin());
					region.setInt(3, r.getEnd());
					region.setString(4, r.getRule());
					region.addBatch();
					regions = true;
				}
			}
			doc.executeBatch();
			if (regions) {
				region.executeBatch();
			}
		}
	}

	/** A stored document's id and checksum. */
	record Stored(String id, String checksum) {
	}

	/** Reads the checksums of the project's documents numbered {@code from} or later, in any order. */
	static void checksumsFrom(Connection connection, String projectId, long from, ObjLongConsumer<String> each)
			throws SQLException {
		try (PreparedStatement select = connection
				.prepareStatement("SELECT checksum, seq FROM document WHERE project_id = ? AND seq >= ?")) {
			select.setString(1, projectId);
			select.setLong(2, from);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					each.accept(rows.getString(1), rows.getLong(2));
				}
			}
		}
	}

	/** @return the project's documents at these places (through the {@code document_order} index) */
	static Map<Long, Stored> atPlaces(Connection connection, String projectId, Collection<Long> places)
			throws SQLException {
		Map<Long, Stored> found = new HashMap<>();
		for (List<Long> chunk : InList.chunks(places)) {
			try (PreparedStatement select = connection.prepareStatement("SELECT seq, id, checksum FROM document"
					+ " WHERE project_id = ? AND seq IN " + InList.placeholders(chunk.size()))) {
				select.setString(1, projectId);
				for (int i = 0; i < chunk.size(); i++) {
					select.setLong(i + 2, chunk.get(i));
				}
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						found.put(rows.getLong(1), new Stored(rows.getString(2), rows.getString(3)));
					}
				}
			}
		}
		return found;
	}

	/** Finds checksums by reading the project's rows: no index serves this, {@link Checksums} avoids it. */
	static Map<String, String> byChecksum(Connection connection, String projectId, Collection<String> checksums)
			throws SQLException {
		Map<String, String> found = new HashMap<>();
		for (List<String> chunk : InList.chunks(checksums)) {
			try (PreparedStatement select = connection.prepareStatement("SELECT checksum, id FROM document"
					+ " WHERE project_id = ? AND checksum IN " + InList.placeholders(chunk.size()))) {
				select.setString(1, projectId);
				for (int i = 0; i < chunk.size(); i++) {
					select.setString(i + 2, chunk.get(i));
				}
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						found.put(rows.getString(1), rows.getString(2));
					}
				}
			}
		}
		return found;
	}

	static long count(Connection connection, String projectId) throws SQLException {
		try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM document WHERE project_id = ?")) {
			count.setString(1, projectId);
			try (ResultSet row = count.executeQuery()) {
				row.next();
				return row.getLong(1);
			}
		}
	}

	static List<Document> headers(Connection connection, String projectId, int offset, int limit) throws SQLException {
		// Both index columns in the condition and the ORDER BY let H2 walk document_order and read only
		// offset + limit entries; "ORDER BY seq" alone made it sort the whole project for every page.
		try (PreparedStatement select = connection.prepareStatement(HEADER
				+ " WHERE project_id = ? AND seq >= 0 ORDER BY project_id, seq OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
			select.setString(1, projectId);
			select.setInt(2, offset);
			select.setInt(3, limit);
			return headers(select);
		}
	}

	private static List<Document> headers(PreparedStatement select) throws SQLException {
		try (ResultSet rows = select.executeQuery()) {
			List<Document> documents = new java.util.ArrayList<>();
			while (rows.next()) {
				documents.add(header(rows));
			}
			return documents;
		}
	}

	/** The next page after a document: a range of document_order from its seq on, never an offset. */
	static List<Document> headersAfter(Connection connection, String projectId, String afterId, int limit)
			throws SQLException {
		long after = -1;
		if (afterId != null) {
			try (PreparedStatement seq = connection
					.prepareStatement("SELECT seq FROM document WHERE id = ? AND project_id = ?")) {
				seq.setString(1, afterId);
				seq.setString(2, projectId);
				try (ResultSet row = seq.executeQuery()) {
					if (!row.next()) {
						throw new StoreException("Document " + afterId + " is not in the project (deleted meanwhile?)");
					}
					after = Math.max(-1, row.getLong(1));
				}
			}
		}
		try (PreparedStatement select = connection.prepareStatement(HEADER
				+ " WHERE project_id = ? AND seq > ? ORDER BY project_id, seq FETCH FIRST ? ROWS ONLY")) {
			select.setString(1, projectId);
			select.setLong(2, after);
			select.setInt(3, limit);
			return headers(select);
		}
	}

	static List<String> ids(Connection connection, String projectId) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT id FROM document WHERE project_id = ? AND seq >= 0 ORDER BY project_id, seq")) {
			select.setString(1, projectId);
			try (ResultSet rows = select.executeQuery()) {
				List<String> ids = new java.util.ArrayList<>();
				while (rows.next()) {
					ids.add(rows.getString(1));
				}
				return ids;
			}
		}
	}

	static java.util.Map<String, String> texts(Connection connection, java.util.Collection<String> ids)
			throws SQLException {
		java.util.Map<String, String> texts = new java.util.HashMap<>();
		for (List<String> chunk : InList.chunks(ids)) {
			try (PreparedStatement select = connection
					.prepareStatement("SELECT id, text_utf8 FROM document WHERE id IN " + InList.placeholders(chunk.size()))) {
				for (int i = 0; i < chunk.size(); i++) {
					select.setString(i + 1, chunk.get(i));
				}
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						texts.put(rows.getString(1), new String(rows.getBytes(2), StandardCharsets.UTF_8));
					}
				}
			}
		}
		return texts;
	}

	static Optional<Document> load(Connection connection, String id) throws SQLException {
		Document document;
		try (PreparedStatement select = connection.prepareStatement(HEADER + " WHERE id = ?")) {
			select.setString(1, id);
			try (ResultSet row = select.executeQuery()) {
				if (!row.next()) {
					return Optional.empty();
				}
				document = header(row);
			}
		}
		try (PreparedStatement text = connection.prepareStatement("SELECT text_utf8 FROM document WHERE id = ?")) {
			text.setString(1, id);
			try (ResultSet row = text.executeQuery()) {
				row.next();
				document.setText(new String(row.getBytes(1), StandardCharsets.UTF_8));
			}
		}
		try (PreparedStatement regions = connection.prepareStatement("SELECT begin_offset, end_offset, rule"
				+ " FROM boilerplate_region WHERE document_id = ? ORDER BY begin_offset")) {
			regions.setString(1, id);
			try (ResultSet rows = regions.executeQuery()) {
				while (rows.next()) {
					BoilerplateRegion region = SanadFactory.eINSTANCE.createBoilerplateRegion();
					region.setBegin(rows.getInt(1));
					region.setEnd(rows.getInt(2));
					region.setRule(rows.getString(3));
					document.getBoilerplate().add(region);
				}
			}
		}
		return Optional.of(document);
	}

	/** @return the documents that exist of {@code ids}, each with its text, boilerplate and metadata, in the order asked for */
	static java.util.Map<String, Document> loadMany(Connection connection, java.util.Collection<String> ids)
			throws SQLException {
		java.util.Map<String, Document> found = new java.util.HashMap<>();
		for (List<String> chunk : InList.chunks(ids)) {
			String in = InList.placeholders(chunk.size());
			try (PreparedStatement select = connection.prepareStatement(HEADER.replace(" FROM ", ", text_utf8 FROM ")
					+ " WHERE id IN " + in)) {
				bind(select, chunk);
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						Document document = header(rows);
						document.setText(new String(rows.getBytes("text_utf8"), StandardCharsets.UTF_8));
						found.put(document.getId(), document);
					}
				}
			}
			try (PreparedStatement regions = connection.prepareStatement("SELECT document_id, begin_offset, end_offset,"
					+ " rule FROM boilerplate_region WHERE document_id IN " + in + " ORDER BY document_id, begin_offset")) {
				bind(regions, chunk);
				try (ResultSet rows = regions.executeQuery()) {
					while (rows.next()) {
						BoilerplateRegion region = SanadFactory.eINSTANCE.createBoilerplateRegion();
						region.setBegin(rows.getInt(2));
						region.setEnd(rows.getInt(3));
						region.setRule(rows.getString(4));
						found.get(rows.getString(1)).getBoilerplate().add(region);
					}
				}
			}
		}
		java.util.Map<String, Document> ordered = new java.util.LinkedHashMap<>();
		for (String id : ids) {
			if (found.containsKey(id)) {
				ordered.put(id, found.get(id));
			}
		}
		return ordered;
	}

	private static void bind(PreparedStatement statement, List<String> values) throws SQLException {
		for (int i = 0; i < values.size(); i++) {
			statement.setString(i + 1, values.get(i));
		}
	}

	private static Document header(ResultSet row) throws SQLException {
		Document d = SanadFactory.eINSTANCE.createDocument();
		d.setId(row.getString("id"));
		d.setProjectId(row.getString("project_id"));
		d.setTitle(row.getString("title"));
		d.setOrigin(row.getString("origin"));
		d.setLanguage(row.getString("language"));
		d.setLength(row.getInt("text_length"));
		d.setChecksum(row.getString("checksum"));
		d.setImportedAt(Date.from(row.getObject("imported_at", OffsetDateTime.class).toInstant()));
		String metadata = row.getString("metadata");
		if (metadata != null) {
			JsonParser.parseString(metadata).getAsJsonObject().entrySet()
					.forEach(e -> d.getMetadata().put(e.getKey(), e.getValue().isJsonNull() ? null : e.getValue().getAsString()));
		}
		return d;
	}
}
