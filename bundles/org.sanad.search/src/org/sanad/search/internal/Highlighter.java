package org.sanad.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.sanad.search.TextMatch;

/**
 * Finds where the text part of a query matches in a text, by running the text through the same
 * analyzer as the index: the offsets are the analyzer's, so exact UTF-16 offsets of whole tokens in
 * the original text. Words left out by NOT are not marked.
 */
final class Highlighter {

	/** One analysed token of the text. */
	private record Token(String term, int position, int begin, int end) {
	}

	private record Phrase(String field, String[] terms, int[] positions) {
	}

	private record Pattern(String field, ByteRunAutomaton automaton) {
	}

	private final Analyzer analyzer;
	private final Map<String, Set<String>> words = new HashMap<>();
	private final List<Phrase> phrases = new ArrayList<>();
	private final List<Pattern> patterns = new ArrayList<>();

	Highlighter(Query textQuery, Analyzer analyzer) {
		this.analyzer = analyzer;
		if (textQuery != null) {
			textQuery.visit(new Collector());
		}
	}

	/** @return whether the query has anything to mark in a text */
	boolean isEmpty() {
		return words.isEmpty() && phrases.isEmpty() && patterns.isEmpty();
	}

	/** @return the matches in the text, in text order, overlapping ones merged */
	List<TextMatch> matches(String text) {
		if (isEmpty() || text == null || text.isEmpty()) {
			return List.of();
		}
		List<int[]> found = new ArrayList<>();
		for (String field : fields()) {
			List<Token> tokens = tokens(field, text);
			Set<String> single = words.getOrDefault(field, Set.of());
			for (Token t : tokens) {
				if (single.contains(t.term()) || matchesPattern(field, t.term())) {
					found.add(new int[] { t.begin(), t.end() });
				}
			}
			phrases.stream().filter(p -> p.field().equals(field)).forEach(p -> phrase(p, tokens, found));
		}
		return merged(found);
	}

	private Set<String> fields() {
		Set<String> fields = new HashSet<>(words.keySet());
		phrases.forEach(p -> fields.add(p.field()));
		patterns.forEach(p -> fields.add(p.field()));
		fields.retainAll(Set.of(Fields.TEXT, Fields.EXACT)); // the title is not in the text
		return fields;
	}

	private boolean matchesPattern(String field, String term) {
		for (Pattern p : patterns) {
			if (p.field().equals(field)) {
				BytesRef bytes = new BytesRef(term);
				if (p.automaton().run(bytes.bytes, bytes.offset, bytes.length)) {
					return true;
				}
			}
		}
		return false;
	}

	private static void phrase(Phrase phrase, List<Token> tokens, List<int[]> found) {
		Map<Integer, Token> byPosition = new HashMap<>();
		tokens.forEach(t -> byPosition.putIfAbsent(t.position(), t));
		for (Token first : tokens) {
			if (!first.term().equals(phrase.terms()[0])) {
				continue;
			}
			Token last = first;
			for (int i = 1; i < phrase.terms().length && last != null; i++) {
				Token next = byPosition.get(first.position() + phrase.positions()[i] - phrase.positions()[0]);
				last = next != null && next.term().equals(phrase.terms()[i]) ? next : null;
			}
			if (last != null) {
				found.add(new int[] { first.begin(), last.end() });
			}
		}
	}

	private List<Token> tokens(String field, String text) {
		List<Token> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			int position = -1;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				tokens.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
			}
			stream.end();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return tokens;
	}

	private static List<TextMatch> merged(List<int[]> found) {
		found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
		List<TextMatch> out = new ArrayList<>();
		int begin = -1;
		int end = -1;
		for (int[] f : found) {
			if (f[0] >= end) {
				if (begin >= 0) {
					out.add(new TextMatch(begin, end));
				}
				begin = f[0];
				end = f[1];
			} else {
				end = Math.max(end, f[1]);
			}
		}
		if (begin >= 0) {
			out.add(new TextMatch(begin, end));
		}
		return out;
	}

	/** Collects the terms, phrases and patterns of the query's positive clauses. */
	private final class Collector extends QueryVisitor {
		@Override
		public void consumeTerms(Query query, Term... terms) {
			if (query instanceof PhraseQuery phrase && terms.length > 1) {
				String[] texts = new String[terms.length];
				for (int i = 0; i < terms.length; i++) {
					texts[i] = terms[i].text();
				}
				phrases.add(new Phrase(phrase.getField(), texts, phrase.getPositions()));
				return;
			}
			for (Term t : terms) {
				words.computeIfAbsent(t.field(), f -> new HashSet<>()).add(t.text());
			}
		}

		@Override
		public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
			patterns.add(new Pattern(field, automaton.get()));
		}

		@Override
		public QueryVisitor getSubVisitor(Occur occur, Query parent) {
			return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
		}
	}
}
