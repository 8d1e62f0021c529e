package org.sanad.search.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.sanad.search.QuerySyntaxException;

/**
 * A parsed query split into its text part (scored, on the texts) and its annotation filters. Each
 * top-level annotation clause is matched against single annotations (or set statuses) of the
 * asker and the gold set, and gives a set of documents; parentheses keep conditions on one
 * annotation together: {@code (entity:PER AND entity.text:رايدر)}.
 */
final class QueryPlan {

	/** A top-level annotation clause: the query over annotation documents, and whether it excludes. */
	record Filter(Query query, boolean excludes) {
	}

	final Query text;
	final List<Filter> filters;

	private QueryPlan(Query text, List<Filter> filters) {
		this.text = text;
		this.filters = filters;
	}

	static QueryPlan of(Query parsed) {
		List<BooleanClause> clauses = parsed instanceof BooleanQuery b ? b.clauses()
				: List.of(new BooleanClause(parsed, Occur.MUST));
		BooleanQuery.Builder text = new BooleanQuery.Builder();
		int textClauses = 0;
		List<Filter> filters = new ArrayList<>();
		boolean anyShould = clauses.stream().anyMatch(c -> c.occur() == Occur.SHOULD);
		for (BooleanClause clause : clauses) {
			Set<String> fields = fields(clause.query());
			boolean onText = Fields.TEXT_FIELDS.containsAll(fields);
			boolean onAnnotations = fields.stream().noneMatch(Fields.TEXT_FIELDS::contains);
			if (onText) {
				text.add(clause);
				textClauses++;
			} else if (onAnnotations && !anyShould) {
				filters.add(new Filter(clause.query(), clause.occur() == Occur.MUST_NOT));
			} else {
				throw new QuerySyntaxException("Query error: text and annotation conditions combine with AND or NOT,"
						+ " not OR; put OR inside parentheses of one kind", 0);
			}
		}
		boolean positive = textClauses > 0 && clauses.stream().anyMatch(c -> c.occur() != Occur.MUST_NOT
				&& Fields.TEXT_FIELDS.containsAll(fields(c.query())))
				|| filters.stream().anyMatch(f -> !f.excludes());
		if (!positive) {
			throw new QuerySyntaxException("Query error: say what to find, not only what to leave out", 0);
		}
		Query textQuery = textClauses == 0 ? null : text.build();
		return new QueryPlan(textQuery, filters);
	}

	/**
	 * @return the query over annotation documents that the asker may see: their own and the gold
	 *         set's; a status is always the asker's own (as in the corpus explorer)
	 */
	static Query visible(Query filter, String asker) {
		BooleanQuery.Builder owners = new BooleanQuery.Builder();
		owners.add(new TermQuery(new Term(Fields.OWNER, asker.toLowerCase(java.util.Locale.ROOT))), Occur.SHOULD);
		if (!fields(filter).contains(Fields.STATUS)) {
			owners.add(new TermQuery(new Term(Fields.OWNER, Fields.GOLD_OWNER)), Occur.SHOULD);
		}
		return new BooleanQuery.Builder().add(filter, Occur.MUST).add(owners.build(), Occur.FILTER).build();
	}

	private static Set<String> fields(Query query) {
		Set<String> fields = new HashSet<>();
		query.visit(new QueryVisitor() {
			@Override
			public boolean acceptField(String field) {
				fields.add(field);
				return true;
			}

			@Override
			public QueryVisitor getSubVisitor(Occur occur, Query parent) {
				return this;
			}
		});
		return fields;
	}
}
