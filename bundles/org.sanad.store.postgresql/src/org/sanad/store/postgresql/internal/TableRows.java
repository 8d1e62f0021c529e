package org.sanad.store.postgresql.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The values of a table's rows, read and written alike on H2 and PostgreSQL: bytes as bytes,
 * large texts as strings, times as UTC offsets cut to the microsecond (PostgreSQL's precision,
 * so that a copied time is the time read, not one PostgreSQL rounded).
 */
final class TableRows {

	/** A column: its name and its JDBC type on the database it was read from. */
	record Column(String name, int type, String typeName) {
	}

	private TableRows() {
	}

	/** @return the columns of a result set, names in lower case */
	static List<Column> columns(ResultSetMetaData meta) throws SQLException {
		List<Column> columns = new ArrayList<>();
		for (int i = 1; i <= meta.getColumnCount(); i++) {
			columns.add(new Column(meta.getColumnName(i).toLowerCase(Locale.ROOT), meta.getColumnType(i),
					meta.getColumnTypeName(i).toLowerCase(Locale.ROOT)));
		}
		return columns;
	}

	/** @return the value of column {@code index} (from 1) of the current row */
	static Object read(ResultSet row, int index, Column column) throws SQLException {
		Object value = switch (column.type()) {
		case Types.BLOB, Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> row.getBytes(index);
		case Types.CLOB, Types.NCLOB, Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR -> row.getString(index);
		case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> row.getObject(index, OffsetDateTime.class);
		default -> row.getObject(index);
		};
		if (value instanceof OffsetDateTime time) {
			return time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
		}
		return value;
	}

	/** Binds {@code value} as parameter {@code index} for a column of the target's {@code column} type. */
	static void bind(PreparedStatement statement, int index, Object value, Column column) throws SQLException {
		if (value == null) {
			statement.setNull(index, column.type());
		} else if (value instanceof byte[] bytes) {
			statement.setBytes(index, bytes);
		} else {
			statement.setObject(index, value);
		}
	}
}
