package org.sanad.search.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Passes over every match of a query, reading doc values only: ids and facet counts. */
final class Collect {

	private Collect() {
	}

	/** @return the document ids of every match */
	static Set<String> documentIds(IndexSearcher searcher, Query query) throws IOException {
		return searcher.search(query, new Manager<>(() -> new IdCollector(null)) {
			@Override
			Set<String> merge(Collection<IdCollector> collectors) {
				Set<String> ids = new HashSet<>();
				collectors.forEach(c -> ids.addAll(c.ids));
				return ids;
			}
		});
	}

	/**
	 * Counts, per facet field and value, the documents among {@code documents} that hold a
	 * matching annotation with that value.
	 *
	 * @param annotations the annotations that may count (the asker's and gold)
	 */
	static Map<String, Map<String, Long>> facets(IndexSearcher searcher, Query annotations, Set<String> documents)
			throws IOException {
		Set<String> seen = searcher.search(annotations, new Manager<>(() -> new IdCollector(documents)) {
			@Override
			Set<String> merge(Collection<IdCollector> collectors) {
				Set<String> all = new HashSet<>();
				collectors.forEach(c -> all.addAll(c.facetsOfDocuments));
				return all;
			}
		});
		Map<String, Map<String, Long>> counts = new HashMap<>();
		for (String key : seen) {
			String facet = key.substring(0, key.indexOf('\n'));
			String field = facet.substring(0, facet.lastIndexOf(':'));
			String value = facet.substring(facet.lastIndexOf(':') + 1);
			counts.computeIfAbsent(field, f -> new HashMap<>()).merge(value, 1L, Long::sum);
		}
		Map<String, Map<String, Long>> sorted = new LinkedHashMap<>();
		counts.forEach((field, values) -> {
			Map<String, Long> byCount = new LinkedHashMap<>();
			values.entrySet().stream()
					.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
					.forEach(e -> byCount.put(e.getKey(), e.getValue()));
			sorted.put(field, byCount);
		});
		return sorted;
	}

	private abstract static class Manager<T> implements CollectorManager<IdCollector, T> {
		private final java.util.function.Supplier<IdCollector> factory;

		Manager(java.util.function.Supplier<IdCollector> factory) {
			this.factory = factory;
		}

		@Override
		public IdCollector newCollector() {
			return factory.get();
		}

		@Override
		public T reduce(Collection<IdCollector> collectors) {
			return merge(collectors);
		}

		abstract T merge(Collection<IdCollector> collectors);
	}

	/**
	 * Collects document ids; given the documents that count, collects instead "facet\nid" for each
	 * facet value of a matching annotation in one of them, so that a document counts once per value.
	 */
	private static final class IdCollector extends SimpleCollector {
		private final Set<String> documents;
		final Set<String> ids = new HashSet<>();
		final List<String> facetsOfDocuments = new ArrayList<>();
		private SortedDocValues idValues;
		private SortedSetDocValues facetValues;

		IdCollector(Set<String> documents) {
			this.documents = documents;
		}

		@Override
		protected void doSetNextReader(LeafReaderContext context) throws IOException {
			idValues = DocValues.getSorted(context.reader(), Fields.ID_VALUES);
			facetValues = documents == null ? null : DocValues.getSortedSet(context.reader(), Fields.FACETS);
		}

		@Override
		public void collect(int doc) throws IOException {
			if (!idValues.advanceExact(doc)) {
				return;
			}
			String id = idValues.lookupOrd(idValues.ordValue()).utf8ToString();
			if (documents == null) {
				ids.add(id);
			} else if (documents.contains(id) && facetValues.advanceExact(doc)) {
				for (int i = 0; i < facetValues.docValueCount(); i++) {
					facetsOfDocuments.add(facetValues.lookupOrd(facetValues.nextOrd()).utf8ToString() + "\n" + id);
				}
			}
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}
	}
}
