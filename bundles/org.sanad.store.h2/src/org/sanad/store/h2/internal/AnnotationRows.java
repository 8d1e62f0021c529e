package org.sanad.store.h2.internal;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanad.model.Annotation;
import org.sanad.model.Credibility;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Reliability;
import org.sanad.model.SanadFactory;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.TextSpan;
import org.sanad.model.schema.Layers;
import org.sanad.store.StoreException;

/** Annotations as rows of {@code annotation} and {@code claim_span}. */
final class AnnotationRows {

	private static final SanadFactory FACTORY = SanadFactory.eINSTANCE;
	private static final String FIELDS = "kind, begin_offset, end_offset, label, stance_target, polarity, holder_id,"
			+ " source_kind, reliability, credibility, source_id, created_by, created_at, note";
	private static final String SELECT = "SELECT id, " + FIELDS + " FROM annotation";
	/** Columns of {@link #SELECT} by position: reading by name looked each one up per row. */
	private static final int ID = 1, KIND = 2, BEGIN = 3, END = 4, LABEL = 5, TARGET = 6, POLARITY = 7, HOLDER = 8,
			SOURCE_KIND = 9, RELIABILITY = 10, CREDIBILITY = 11, SOURCE_ID = 12, CREATED_BY = 13, CREATED_AT = 14,
			NOTE = 15, SET_ID = 16;
	/** The order of {@code ORDER BY created_at NULLS FIRST, id} (PostgreSQL puts NULLs last unless told). */
	private static final java.util.Comparator<Annotation> CREATION_ORDER = java.util.Comparator
			.comparing(Annotation::getCreatedAt, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
			.thenComparing(Annotation::getId);

	private AnnotationRows() {
	}

	private static final String INSERT = "INSERT INTO annotation (id, set_id, " + FIELDS
			+ ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	/**
	 * Inserts new annotations in one batch, and all their claims in another: a statement per row
	 * cost a round trip per annotation on PostgreSQL.
	 *
	 * @throws StoreException naming the annotation whose id is taken
	 */
	static void insertAll(Connection connection, String setId, List<Annotation> annotations) throws SQLException {
		if (annotations.isEmpty()) {
			return;
		}
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			for (Annotation annotation : annotations) {
				insert.setString(1, annotation.getId());
				insert.setString(2, setId);
				bind(insert, 3, annotation);
				insert.addBatch();
			}
			insert.executeBatch();
		} catch (BatchUpdateException e) {
			if (Rows.isUniqueViolation(e) || e.getNextException() != null && Rows.isUniqueViolation(e.getNextException())) {
				int row = failedRow(e);
				throw new StoreException(row < annotations.size() ? "Annotation " + annotations.get(row).getId()
						+ " already exists" : "An annotation of this change already exists", e);
			}
			throw e;
		}
		if (annotations.stream().noneMatch(a -> a instanceof SourceAttribution s && !s.getClaims().isEmpty())) {
			return;
		}
		try (PreparedStatement insert = connection.prepareStatement(INSERT_CLAIM)) {
			for (Annotation annotation : annotations) {
				addClaims(insert, annotation);
			}
			insert.executeBatch();
		}
	}

	/** @return the failed row: H2 marks it and goes on, PostgreSQL's driver stops at it */
	private static int failedRow(BatchUpdateException e) {
		int[] counts = e.getUpdateCounts();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] == java.sql.Statement.EXECUTE_FAILED) {
				return i;
			}
		}
		return counts.length;
	}

	static void update(Connection connection, String setId, Annotation annotation) throws SQLException {
		String assignments = String.join(" = ?, ", FIELDS.split(", ")) + " = ?";
		try (PreparedStatement update = connection
				.prepareStatement("UPDATE annotation SET " + assignments + " WHERE id = ? AND set_id = ?")) {
			int next = bind(update, 1, annotation);
			update.setString(next, annotation.getId());
			update.setString(next + 1, setId);
			update.executeUpdate();
		}
		try (PreparedStatement clear = connection.prepareStatement("DELETE FROM claim_span WHERE annotation_id = ?")) {
			clear.setString(1, annotation.getId());
			clear.executeUpdate();
		}
		insertClaims(connection, annotation);
	}

	static void delete(Connection connection, String id) throws SQLException {
		try (PreparedStatement delete = connection.prepareStatement("DELETE FROM annotation WHERE id = ?")) {
			delete.setString(1, id);
			delete.executeUpdate();
		}
	}

	/** @return the annotation, its stance holder only as a bare mention carrying the id */
	static Optional<Annotation> load(Connection connection, String setId, String id) throws SQLException {
		List<Annotation> found = query(connection, SELECT + " WHERE set_id = ? AND id = ?", setId, id);
		return found.stream().findFirst();
	}

	/** @return the set's annotations in creation order, stance holders resolved within the set */
	static List<Annotation> loadAll(Connection connection, String setId) throws SQLException {
		List<Annotation> all = query(connection, SELECT + " WHERE set_id = ? ORDER BY created_at NULLS FIRST, id", setId);
		resolveHolders(all);
		return all;
	}

	/** Replaces each stance's bare holder by the set's mention with that id. */
	private static void resolveHolders(List<Annotation> set) {
		Map<String, EntityMention> mentions = new HashMap<>();
		set.stream().filter(EntityMention.class::isInstance).map(EntityMention.class::cast)
				.forEach(m -> mentions.put(m.getId(), m));
		for (Annotation annotation : set) {
			if (annotation instanceof Stance stance && stance.getHolder() != null) {
				stance.setHolder(mentions.get(stance.getHolder().getId()));
			}
		}
	}

	/**
	 * Reads the annotations of many sets at once.
	 *
	 * @return each set's annotations in creation order, by set id, stance holders resolved within the set
	 */
	static Map<String, List<Annotation>> loadSets(Connection connection, Collection<String> setIds) throws SQLException {
		Map<String, List<Annotation>> bySet = new HashMap<>();
		for (List<String> chunk : InList.chunks(setIds, InList.SMALL_CHUNK)) {
			Map<String, Annotation> chunkAnnotations = new LinkedHashMap<>();
			// No ORDER BY: H2 sorted every page's rows before returning the first; each set is sorted
			// below instead, a few dozen annotations at a time.
			try (PreparedStatement select = connection.prepareStatement("SELECT id, " + FIELDS
					+ ", set_id FROM annotation WHERE set_id IN " + InList.placeholders(chunk.size()))) {
				for (int i = 0; i < chunk.size(); i++) {
					select.setString(i + 1, chunk.get(i));
				}
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						Annotation annotation = read(rows);
						chunkAnnotations.put(annotation.getId(), annotation);
						bySet.computeIfAbsent(rows.getString(SET_ID), k -> new ArrayList<>()).add(annotation);
					}
				}
			}
			loadClaims(connection, chunkAnnotations);
		}
		for (List<Annotation> set : bySet.values()) {
			set.sort(CREATION_ORDER);
			resolveHolders(set);
		}
		return bySet;
	}

	private static List<Annotation> query(Connection connection, String sql, String... parameters) throws SQLException {
		Map<String, Annotation> result = new LinkedHashMap<>();
		try (PreparedStatement select = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				select.setString(i + 1, parameters[i]);
			}
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					Annotation annotation = read(rows);
					result.put(annotation.getId(), annotation);
				}
			}
		}
		loadClaims(connection, result);
		return new ArrayList<>(result.values());
	}

	private static Annotation read(ResultSet row) throws SQLException {
		String kind = row.getString(KIND);
		Integer begin = (Integer) row.getObject(BEGIN);
		Integer end = (Integer) row.getObject(END);
		Annotation annotation = switch (kind) {
		case Layers.ENTITY -> {
			EntityMention m = FACTORY.createEntityMention();
			m.setBegin(begin);
			m.setEnd(end);
			m.setLabel(row.getString(LABEL));
			yield m;
		}
		case Layers.STANCE -> {
			Stance s = FACTORY.createStance();
			if (begin != null) {
				s.setEvidence(span(begin, end));
			}
			s.setTarget(row.getString(TARGET));
			String polarity = row.getString(POLARITY);
			if (polarity != null) {
				s.setPolarity(Polarity.get(polarity));
			}
			String holder = row.getString(HOLDER);
			if (holder != null) {
				EntityMention placeholder = FACTORY.createEntityMention();
				placeholder.setId(holder);
				s.setHolder(placeholder);
			}
			yield s;
		}
		case Layers.SOURCE -> {
			SourceAttribution a = FACTORY.createSourceAttribution();
			a.setBegin(begin);
			a.setEnd(end);
			a.setKind(row.getString(SOURCE_KIND));
			a.setReliability(Reliability.get(row.getString(RELIABILITY)));
			a.setCredibility(Credibility.get(row.getString(CREDIBILITY)));
			a.setSourceId(row.getString(SOURCE_ID));
			yield a;
		}
		default -> throw new SQLException("Unknown annotation kind '" + kind + "' in row " + row.getString(ID));
		};
		annotation.setId(row.getString(ID));
		annotation.setCreatedBy(row.getString(CREATED_BY));
		OffsetDateTime created = row.getObject(CREATED_AT, OffsetDateTime.class);
		annotation.setCreatedAt(created == null ? null : Date.from(created.toInstant()));
		annotation.setNote(row.getString(NOTE));
		return annotation;
	}

	/** The widths of the text columns of {@link #FIELDS} by position (0: no limit to check). */
	private static final int[] WIDTHS = { 10, 0, 0, 100, 200, 10, 36, 100, 1, 1, 36, 100, 0, 0 };

	/**
	 * Refuses a value longer than its column, naming the column: PostgreSQL's own error says only
	 * "value too long for type character varying(100)".
	 */
	private static void requireFits(Annotation annotation, int field, Object value) {
		if (WIDTHS[field] > 0 && value instanceof String text
				&& text.codePointCount(0, text.length()) > WIDTHS[field]) {
			String column = FIELDS.split(",\\s*")[field];
			throw new StoreException("Annotation " + annotation.getId() + ": " + column + " is "
					+ text.codePointCount(0, text.length()) + " characters long, at most " + WIDTHS[field] + " fit");
		}
	}

	/** Binds the columns of {@link #FIELDS} from {@code first} on; returns the next index. */
	private static int bind(PreparedStatement statement, int first, Annotation annotation) throws SQLException {
		Object[] values = new Object[14];
		values[0] = AnnotationJson.kind(annotation);
		switch (annotation) {
		case EntityMention m -> {
			values[1] = m.getBegin();
			values[2] = m.getEnd();
			values[3] = m.getLabel();
		}
		case Stance s -> {
			if (s.getEvidence() != null) {
				values[1] = s.getEvidence().getBegin();
				values[2] = s.getEvidence().getEnd();
			}
			values[4] = s.getTarget();
			values[5] = s.isSetPolarity() ? s.getPolarity().getLiteral() : null;
			values[6] = s.getHolder() == null ? null : s.getHolder().getId();
		}
		case SourceAttribution a -> {
			values[1] = a.getBegin();
			values[2] = a.getEnd();
			values[7] = a.getKind();
			values[8] = a.getReliability().getLiteral();
			values[9] = a.getCredibility().getLiteral();
			values[10] = a.getSourceId();
		}
		default -> throw new IllegalArgumentException("Unknown annotation kind " + annotation.eClass().getName());
		}
		values[11] = annotation.getCreatedBy();
		values[12] = annotation.getCreatedAt() == null ? null
				: OffsetDateTime.ofInstant(annotation.getCreatedAt().toInstant(), ZoneOffset.UTC);
		values[13] = annotation.getNote();
		for (int i = 0; i < values.length; i++) {
			if (values[i] == null) {
				statement.setNull(first + i, i == 1 || i == 2 ? Types.INTEGER
						: i == 12 ? Types.TIMESTAMP_WITH_TIMEZONE : Types.VARCHAR);
			} else {
				requireFits(annotation, i, values[i]);
				statement.setObject(first + i, values[i]);
			}
		}
		return first + values.length;
	}

	private static final String INSERT_CLAIM = "INSERT INTO claim_span (annotation_id, position, begin_offset, end_offset)"
			+ " VALUES (?, ?, ?, ?)";

	private static void insertClaims(Connection connection, Annotation annotation) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(INSERT_CLAIM)) {
			if (addClaims(insert, annotation)) {
				insert.executeBatch();
			}
		}
	}

	/** @return whether the annotation had claims to add to the batch */
	private static boolean addClaims(PreparedStatement insert, Annotation annotation) throws SQLException {
		if (!(annotation instanceof SourceAttribution source) || source.getClaims().isEmpty()) {
			return false;
		}
		int position = 0;
		for (TextSpan claim : source.getClaims()) {
			insert.setString(1, source.getId());
			insert.setInt(2, position++);
			insert.setInt(3, claim.getBegin());
			insert.setInt(4, claim.getEnd());
			insert.addBatch();
		}
		return true;
	}

	private static void loadClaims(Connection connection, Map<String, Annotation> annotations) throws SQLException {
		List<String> sources = annotations.values().stream().filter(SourceAttribution.class::isInstance)
				.map(Annotation::getId).toList();
		if (sources.isEmpty()) {
			return;
		}
		for (List<String> chunk : InList.chunks(sources)) {
			try (PreparedStatement select = connection.prepareStatement("SELECT annotation_id, begin_offset, end_offset"
					+ " FROM claim_span WHERE annotation_id IN " + InList.placeholders(chunk.size())
					+ " ORDER BY annotation_id, position")) {
				for (int i = 0; i < chunk.size(); i++) {
					select.setString(i + 1, chunk.get(i));
				}
				try (ResultSet rows = select.executeQuery()) {
					while (rows.next()) {
						var source = (SourceAttribution) annotations.get(rows.getString(1));
						source.getClaims().add(span(rows.getInt(2), rows.getInt(3)));
					}
				}
			}
		}
	}

	private static TextSpan span(int begin, int end) {
		TextSpan span = FACTORY.createTextSpan();
		span.setBegin(begin);
		span.setEnd(end);
		return span;
	}
}
