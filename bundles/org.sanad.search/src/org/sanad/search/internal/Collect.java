package org.sanad.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * Passes over every match of a query reading doc values only, joining annotations to their texts
 * through {@link IndexView#textOfOrd()}: no strings per match.
 */
final class Collect {

	private Collect() {
	}

	/** @return the top-level doc numbers of every match */
	static FixedBitSet matches(IndexView view, Query query) throws IOException {
		FixedBitSet bits = new FixedBitSet(Math.max(1, view.reader.maxDoc()));
		forEach(view, query, (leaf, doc) -> bits.set(leaf.docBase + doc));
		return bits;
	}

	/** @return the text doc numbers of the documents that hold a match of an annotation query */
	static FixedBitSet textsOf(IndexView view, Query annotations) throws IOException {
		int[][] textOfOrd = view.textOfOrd();
		FixedBitSet texts = new FixedBitSet(Math.max(1, view.reader.maxDoc()));
		SortedDocValues[] ids = new SortedDocValues[view.reader.leaves().size()];
		forEach(view, annotations, (leaf, doc) -> {
			SortedDocValues values = ids[leaf.ord] != null ? ids[leaf.ord]
					: (ids[leaf.ord] = DocValues.getSorted(leaf.reader(), Fields.ID_VALUES));
			if (values.advanceExact(doc)) {
				int text = textOfOrd[leaf.ord][values.ordValue()];
				if (text >= 0) {
					texts.set(text);
				}
			}
		});
		return texts;
	}

	/**
	 * Counts, per facet field and value, the texts in {@code matched} that hold a visible
	 * annotation with that value; each text once per value.
	 */
	static Map<String, Map<String, Long>> facets(IndexView view, String asker, Query visible, FixedBitSet matched)
			throws IOException {
		Map<String, FixedBitSet> byValue = view.facetTexts(asker, () -> facetTexts(view, visible));
		Map<String, Map<String, Long>> counts = new HashMap<>();
		byValue.forEach((facet, texts) -> {
			long count = FixedBitSet.intersectionCount(texts, matched);
			if (count > 0) {
				String field = facet.substring(0, facet.lastIndexOf(':'));
				String value = facet.substring(facet.lastIndexOf(':') + 1);
				counts.computeIfAbsent(field, f -> new HashMap<>()).put(value, count);
			}
		});
		Map<String, Map<String, Long>> sorted = new LinkedHashMap<>();
		for (String field : new ArrayList<>(new java.util.TreeSet<>(counts.keySet()))) {
			Map<String, Long> byCount = new LinkedHashMap<>();
			counts.get(field).entrySet().stream()
					.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
					.forEach(e -> byCount.put(e.getKey(), e.getValue()));
			sorted.put(field, byCount);
		}
		return sorted;
	}

	/** @return for each facet value ("entity:PER"), the texts that hold a visible annotation with it */
	private static Map<String, FixedBitSet> facetTexts(IndexView view, Query visible) {
		try {
			int[][] textOfOrd = view.textOfOrd();
			Map<String, FixedBitSet> byValue = new HashMap<>();
			int size = Math.max(1, view.reader.maxDoc());
			Weight weight = weight(view, visible);
			for (LeafReaderContext leaf : view.reader.leaves()) {
				Scorer scorer = weight.scorer(leaf);
				if (scorer == null) {
					continue;
				}
				SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.ID_VALUES);
				SortedSetDocValues facets = DocValues.getSortedSet(leaf.reader(), Fields.FACETS);
				FixedBitSet[] ofOrd = new FixedBitSet[(int) Math.min(Integer.MAX_VALUE, facets.getValueCount())];
				var live = leaf.reader().getLiveDocs();
				DocIdSetIterator docs = scorer.iterator();
				for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
					if ((live != null && !live.get(doc)) || !ids.advanceExact(doc) || !facets.advanceExact(doc)) {
						continue;
					}
					int text = textOfOrd[leaf.ord][ids.ordValue()];
					if (text < 0) {
						continue;
					}
					for (int i = 0; i < facets.docValueCount(); i++) {
						int ord = (int) facets.nextOrd();
						if (ofOrd[ord] == null) {
							String value = facets.lookupOrd(ord).utf8ToString();
							ofOrd[ord] = byValue.computeIfAbsent(value, v -> new FixedBitSet(size));
						}
						ofOrd[ord].set(text);
					}
				}
			}
			return byValue;
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private interface DocConsumer {
		void accept(LeafReaderContext leaf, int doc) throws IOException;
	}

	private static void forEach(IndexView view, Query query, DocConsumer consumer) throws IOException {
		Weight weight = weight(view, query);
		for (LeafReaderContext leaf : view.reader.leaves()) {
			Scorer scorer = weight.scorer(leaf);
			if (scorer == null) {
				continue;
			}
			var live = leaf.reader().getLiveDocs();
			DocIdSetIterator docs = scorer.iterator();
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				if (live == null || live.get(doc)) {
					consumer.accept(leaf, doc);
				}
			}
		}
	}

	private static Weight weight(IndexView view, Query query) throws IOException {
		return view.searcher.createWeight(view.searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
	}
}
