package org.sanad.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * An open reader of a project's index, kept between searches while the index does not change,
 * with a map from each Lucene document's id value to the top-level doc number of that
 * document's text: what lets facets and filters join annotations to texts with arrays instead of
 * strings.
 */
final class IndexView implements Closeable {

	final DirectoryReader reader;
	final IndexSearcher searcher;
	/** Per leaf: id ord → top-level doc number of the text with that id, or -1. */
	private int[][] textOfOrd;
	/** Per asker: per facet value, the texts holding an annotation with it that the asker may see. */
	private final Map<String, Map<String, org.apache.lucene.util.FixedBitSet>> facetTexts = new HashMap<>();

	/**
	 * @return the texts of each facet value that the asker may see, computed once per reader:
	 *         a query's facet counts are then intersections of bit sets
	 */
	synchronized Map<String, org.apache.lucene.util.FixedBitSet> facetTexts(String asker,
			java.util.function.Supplier<Map<String, org.apache.lucene.util.FixedBitSet>> compute) {
		return facetTexts.computeIfAbsent(asker, a -> compute.get());
	}

	IndexView(DirectoryReader reader) {
		this.reader = reader;
		this.searcher = new IndexSearcher(reader);
	}

	/** @return for each leaf, the text doc number of every id ord of the leaf's id doc values */
	synchronized int[][] textOfOrd() throws IOException {
		if (textOfOrd == null) {
			textOfOrd = build();
		}
		return textOfOrd;
	}

	private int[][] build() throws IOException {
		Map<BytesRef, Integer> texts = new HashMap<>();
		Weight weight = searcher.createWeight(searcher.rewrite(new TermQuery(new Term(Fields.TYPE, Fields.DOC))),
				ScoreMode.COMPLETE_NO_SCORES, 1f);
		List<LeafReaderContext> leaves = reader.leaves();
		for (LeafReaderContext leaf : leaves) {
			Scorer scorer = weight.scorer(leaf);
			if (scorer == null) {
				continue;
			}
			SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.ID_VALUES);
			var live = leaf.reader().getLiveDocs();
			DocIdSetIterator docs = scorer.iterator();
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				if ((live == null || live.get(doc)) && ids.advanceExact(doc)) {
					texts.put(BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue())), leaf.docBase + doc);
				}
			}
		}
		int[][] map = new int[leaves.size()][];
		for (LeafReaderContext leaf : leaves) {
			SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.ID_VALUES);
			int[] ords = new int[ids.getValueCount()];
			for (int ord = 0; ord < ords.length; ord++) {
				ords[ord] = texts.getOrDefault(ids.lookupOrd(ord), -1);
			}
			map[leaf.ord] = ords;
		}
		return map;
	}

	/** Lets go of the reader; it closes once the searches still using it are done. */
	@Override
	public void close() throws IOException {
		reader.decRef();
	}
}
