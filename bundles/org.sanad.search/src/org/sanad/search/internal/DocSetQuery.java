package org.sanad.search.internal;

import java.io.IOException;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Matches a set of top-level doc numbers of one reader: the texts an annotation filter resolved
 * to. Only valid with the reader the set was made from; never cached.
 */
final class DocSetQuery extends Query {

	private final FixedBitSet docs;

	DocSetQuery(FixedBitSet docs) {
		this.docs = docs;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
		return new ConstantScoreWeight(this, boost) {
			@Override
			public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
				int base = context.docBase;
				int max = context.reader().maxDoc();
				FixedBitSet leaf = new FixedBitSet(Math.max(1, max));
				int end = Math.min(docs.length(), base + max);
				for (int doc = base < end ? docs.nextSetBit(base, end) : DocIdSetIterator.NO_MORE_DOCS;
						doc != DocIdSetIterator.NO_MORE_DOCS; doc = doc + 1 < end ? docs.nextSetBit(doc + 1, end)
								: DocIdSetIterator.NO_MORE_DOCS) {
					leaf.set(doc - base);
				}
				int cost = leaf.cardinality();
				if (cost == 0) {
					return null;
				}
				return new DefaultScorerSupplier(
						new ConstantScoreScorer(score(), scoreMode, new BitSetIterator(leaf, cost)));
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return false;
			}
		};
	}

	@Override
	public String toString(String field) {
		return "DocSet(" + docs.cardinality() + ")";
	}

	@Override
	public void visit(QueryVisitor visitor) {
		visitor.visitLeaf(this);
	}

	@Override
	public boolean equals(Object other) {
		return this == other;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}
}
