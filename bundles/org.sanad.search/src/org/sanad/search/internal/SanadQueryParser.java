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

	private static final Pattern COMPARISON = Pattern.compile("([\\w.]+):(<=|>=|<|>)([^\\s)]+)");

	static PerFieldAnalyzerWrapper analyzer() {
		Map<String, org.apache.lucene.analysis.Analyzer> fields = new java.util.HashMap<>();
		fields.put(Fields.EXACT, ArabicSearchAnalyzer.exact());
		KeywordLowerAnalyzer keywords = new KeywordLowerAnalyzer();
		Fields.KEYWORDS.forEach(f -> fields.put(f, keywords));
		return new PerFieldAnalyzerWrapper(ArabicSearchAnalyzer.stemming(), fields);
	}

	/** {@code source.reliability:<=C} becomes the range {@code [* TO C]}: A, B and C. */
	static String comparisons(String query) {
		Matcher m = COMPARISON.matcher(query);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String v = m.group(3);
			String range = switch (m.group(2)) {
			case "<=" -> "[* TO " + v + "]";
			case ">=" -> "[" + v + " TO *]";
			case "<" -> "{* TO " + v + "}";
			default -> "{" + v + " TO *}";
			};
			m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + ":" + range));
		}
		m.appendTail(out);
		return out.toString();
	}

	static Query parse(String query) {
		if (query == null || query.isBlank()) {
			throw new QuerySyntaxException("The query is empty", 1);
		}
		QueryParser parser = new QueryParser(Fields.TEXT, analyzer()) {
			@Override
			protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
				requireKnown(field);
				return super.getFieldQuery(quoted && Fields.TEXT.equals(field) ? Fields.EXACT : field, text, quoted);
			}

			@Override
			protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
					boolean endInclusive) throws ParseException {
				requireKnown(field);
				return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
			}

			private void requireKnown(String field) throws ParseException {
				if (!Fields.QUERYABLE.contains(field)) {
					throw new ParseException("unknown field '" + field + "'; known: "
							+ String.join(", ", new java.util.TreeSet<>(Fields.QUERYABLE)));
				}
			}
		};
		parser.setDefaultOperator(QueryParser.Operator.AND);
		try {
			return parser.parse(comparisons(query));
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
