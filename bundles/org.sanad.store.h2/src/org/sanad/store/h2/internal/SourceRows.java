package org.sanad.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sanad.model.SanadFactory;
import org.sanad.model.Source;
import org.sanad.model.ids.TimeOrderedIds;
import org.sanad.store.StoreException;

/** The project's source registry as rows of {@code source_entry}; aliases one per line. */
final class SourceRows {

	private static final String COLUMNS = "id, name, kind, aliases";

	private SourceRows() {
	}

	static List<Source> all(Connection connection, String projectId) throws SQLException {
		List<Source> sources = new ArrayList<>();
		try (PreparedStatement select = connection
				.prepareStatement("SELECT " + COLUMNS + " FROM source_entry WHERE project_id = ? ORDER BY name")) {
			select.setString(1, projectId);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					sources.add(read(rows));
				}
			}
		}
		return sources;
	}

	static Source register(Connection connection, String projectId, String name, String kind) throws SQLException {
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty()) {
			throw new StoreException("A source needs a name");
		}
		if (!Rows.exists(connection, "project", projectId)) {
			throw new StoreException("No project with id " + projectId);
		}
		String key = clean.toLowerCase(Locale.ROOT);
		for (Source existing : all(connection, projectId)) {
			if (existing.getName().strip().toLowerCase(Locale.ROOT).equals(key)) {
				return existing;
			}
		}
		Source source = SanadFactory.eINSTANCE.createSource();
		source.setId(TimeOrderedIds.next());
		source.setName(clean);
		source.setKind(kind);
		try (PreparedStatement insert = connection
				.prepareStatement("INSERT INTO source_entry (id, project_id, name, kind) VALUES (?, ?, ?, ?)")) {
			insert.setString(1, source.getId());
			insert.setString(2, projectId);
			insert.setString(3, clean);
			insert.setString(4, kind);
			insert.executeUpdate();
		}
		return source;
	}

	private static Source read(ResultSet row) throws SQLException {
		Source source = SanadFactory.eINSTANCE.createSource();
		source.setId(row.getString(1));
		source.setName(row.getString(2));
		source.setKind(row.getString(3));
		String aliases = row.getString(4);
		if (aliases != null) {
			source.getAliases().addAll(aliases.lines().toList());
		}
		return source;
	}
}
