package org.sanad.search;

/** A query that cannot be parsed; the message is one line and names the column (1-based). */
public final class QuerySyntaxException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final int column;

	public QuerySyntaxException(String message, int column) {
		super(message);
		this.column = column;
	}

	/** @return where in the query the error is, counting from 1; 0 when unknown */
	public int column() {
		return column;
	}
}
