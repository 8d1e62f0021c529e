package org.sanad.search.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.sanad.search.QuerySyntaxException;

/**
 * Lucene's classic syntax over the text; a quoted phrase searches the unstemmed field, so that
 * "exact phrases" mean the words as written (normalised). Errors become one line with a column.
 */
final class SanadQueryParser {

	private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

	private SanadQueryParser() {
	}

	static PerFieldAnalyzerWrapper analyzer() {
		return new PerFieldAnalyzerWrapper(ArabicSearchAnalyzer.stemming(),
				Map.of(Fields.EXACT, ArabicSearchAnalyzer.exact()));
	}

	static Query parse(String query) {
		if (query == null || query.isBlank()) {
			throw new QuerySyntaxException("The query is empty", 1);
		}
		QueryParser parser = new QueryParser(Fields.TEXT, analyzer()) {
			@Override
			protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
				return super.getFieldQuery(quoted && Fields.TEXT.equals(field) ? Fields.EXACT : field, text, quoted);
			}
		};
		parser.setDefaultOperator(QueryParser.Operator.AND);
		try {
			return parser.parse(query);
		} catch (ParseException e) {
			throw syntaxError(e);
		}
	}

	private static QuerySyntaxException syntaxError(ParseException e) {
		String message = e.getMessage() == null ? "cannot parse" : e.getMessage();
		Matcher column = COLUMN.matcher(message);
		int at = column.find() ? Integer.parseInt(column.group(1)) : 0;
		String firstLine = message.lines().findFirst().orElse(message);
		String reason = firstLine.replaceFirst("^Cannot parse '.*?': ", "").replaceFirst(" at line \\d+, column \\d+\\.?", "")
				.strip();
		if (reason.length() > 120) {
			reason = reason.substring(0, 120) + "…";
		}
		return new QuerySyntaxException(
				"Query error" + (at > 0 ? " at column " + at : "") + ": " + reason, at);
	}
}
