package org.sanad.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.time.Instant;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.sanad.model.Project;
import org.sanad.search.SearchHit;
import org.sanad.search.SearchResults;
import org.sanad.store.CorpusStore;
import org.sanad.store.SetChange;

/**
 * The Lucene index of one project's texts, in {@code index/<project id>} of the data folder. A
 * rebuild writes a new index beside the old one and swaps them only when it is complete.
 */
public final class ProjectIndex {

	private static final int PAGE = 500;

	/** Lucene announces its use of the vector API on the console; that is not for our users. */
	private static final java.util.logging.Logger VECTOR_LOG = quiet("org.apache.lucene.internal.vectorization");

	private static java.util.logging.Logger quiet(String name) {
		java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
		logger.setLevel(java.util.logging.Level.WARNING);
		return logger;
	}

	private final Path folder;

	public ProjectIndex(Path dataDirectory, Project project) {
		this.folder = dataDirectory.resolve("index").resolve(project.getId());
	}

	/**
	 * Checks the index as Lucene's CheckIndex does, at its lightest level (the checksums of every
	 * file). An index another process is writing counts as healthy.
	 *
	 * @return whether the index can be used; {@code false} for a missing or corrupt index
	 */
	public boolean healthy() {
		if (!exists()) {
			return false;
		}
		try (Directory directory = FSDirectory.open(folder); CheckIndex check = new CheckIndex(directory)) {
			check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
			check.setInfoStream(null);
			return check.checkIndex().clean;
		} catch (org.apache.lucene.store.LockObtainFailedException busy) {
			return true;
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	/** @return the analyzer of every field, as the index and its queries use it */
	public static org.apache.lucene.analysis.Analyzer analyzer() {
		return SanadQueryParser.analyzer();
	}

	public boolean exists() {
		return Files.isDirectory(folder) && DirectoryReaderCheck.hasIndex(folder);
	}

	/** How far back each catch-up looks again, for transactions that committed late. */
	private static final long OVERLAP_MILLIS = 30_000;
	private static final String SETS_MARK = "sanad.sets.mark";

	/** Rebuilds the index from the store beside the old one, then swaps them. */
	public void rebuild(CorpusStore store, Project project, IProgressMonitor monitor) {
		Path fresh = folder.resolveSibling(project.getId() + ".new");
		try {
			deleteTree(fresh);
			catchUp(fresh, store, project, monitor);
			swapIn(fresh);
		} catch (IOException e) {
			deleteQuietly(fresh);
			throw new UncheckedIOException("Could not build the index in " + fresh + ": " + e.getMessage(), e);
		} catch (RuntimeException e) {
			deleteQuietly(fresh);
			throw e;
		}
	}

	/**
	 * Brings the index up to the store: new documents, and annotation sets changed since the last
	 * catch-up (their annotations and status re-indexed). One Lucene commit for all of it.
	 */
	public void catchUp(CorpusStore store, Project project, IProgressMonitor monitor) {
		try {
			catchUp(folder, store, project, monitor);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not update the index in " + folder + ": " + e.getMessage(), e);
		}
	}

	private void catchUp(Path where, CorpusStore store, Project project, IProgressMonitor monitor) throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(SanadQueryParser.analyzer());
		config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
		config.setRAMBufferSizeMB(64);
		try (Directory directory = FSDirectory.open(where); IndexWriter writer = new IndexWriter(directory, config)) {
			long indexed = countTexts(writer);
			long count = store.documentCount(project.getId());
			var sets = store.setsModifiedSince(project.getId(), mark(writer));
			SubMonitor progress = SubMonitor.convert(monitor, "Indexing " + project.getName(),
					(int) Math.max(0, count - indexed) + sets.size() + 1);
			for (long offset = indexed; offset < count; offset += PAGE) {
				List<org.sanad.model.Document> page = store.documents(project.getId(), (int) offset, PAGE);
				Map<String, String> texts = store.texts(page.stream().map(org.sanad.model.Document::getId).toList());
				for (org.sanad.model.Document header : page) {
					if (progress.isCanceled()) {
						writer.rollback();
						throw new OperationCanceledException();
					}
					String text = texts.get(header.getId());
					if (text != null) {
						header.setText(text);
						add(writer, LuceneDocuments.text(header));
					}
					progress.split(1);
				}
			}
			Instant newest = mark(writer);
			for (SetChange change : sets) {
				if (progress.isCanceled()) {
					writer.rollback();
					throw new OperationCanceledException();
				}
				writer.deleteDocuments(new Term(Fields.SET_KEY, LuceneDocuments.setKey(change.documentId(), change.owner())));
				String text = store.document(change.documentId()).map(org.sanad.model.Document::getText).orElse("");
				writer.addDocuments(LuceneDocuments.set(store.annotationSet(change.documentId(), change.owner()), text,
						project));
				newest = change.modifiedAt().isAfter(newest) ? change.modifiedAt() : newest;
				progress.split(1);
			}
			writer.setLiveCommitData(Map.of(SETS_MARK, Long.toString(newest.toEpochMilli())).entrySet());
			writer.commit();
		}
	}

	private static void add(IndexWriter writer, Document doc) {
		try {
			writer.addDocument(doc);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static long countTexts(IndexWriter writer) throws IOException {
		try (DirectoryReader reader = DirectoryReader.open(writer)) {
			return new IndexSearcher(reader).count(new TermQuery(new Term(Fields.TYPE, Fields.DOC)));
		}
	}

	/** @return where the last catch-up got to, minus the overlap; the epoch for a new index */
	private static Instant mark(IndexWriter writer) {
		for (var entry : writer.getLiveCommitData()) {
			if (SETS_MARK.equals(entry.getKey())) {
				return Instant.ofEpochMilli(Long.parseLong(entry.getValue()) - OVERLAP_MILLIS);
			}
		}
		return Instant.EPOCH;
	}

	/**
	 * Runs a query for {@code asker}: the text part scores the documents, annotation filters keep
	 * documents with matching annotations of the asker or the gold set, never another annotator's.
	 */
	public SearchResults search(String query, String asker, int limit) {
		QueryPlan plan = QueryPlan.of(SanadQueryParser.parse(query));
		try (Directory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			Set<String> allowed = null;
			Set<String> excluded = new HashSet<>();
			for (QueryPlan.Filter filter : plan.filters) {
				Set<String> ids = documentIds(searcher, QueryPlan.visible(filter.query(), asker));
				if (filter.excludes()) {
					excluded.addAll(ids);
				} else if (allowed == null) {
					allowed = ids;
				} else {
					allowed.retainAll(ids);
				}
			}
			BooleanQuery.Builder texts = new BooleanQuery.Builder()
					.add(new TermQuery(new Term(Fields.TYPE, Fields.DOC)), BooleanClause.Occur.FILTER);
			if (plan.text != null) {
				texts.add(plan.text, BooleanClause.Occur.MUST);
			}
			if (allowed != null) {
				texts.add(new TermInSetQuery(Fields.ID, allowed.stream().map(BytesRef::new).toList()),
						BooleanClause.Occur.FILTER);
			}
			if (!excluded.isEmpty()) {
				texts.add(new TermInSetQuery(Fields.ID, excluded.stream().map(BytesRef::new).toList()),
						BooleanClause.Occur.MUST_NOT);
			}
			Query combined = texts.build();
			TopDocs top = searcher.search(combined, Math.max(1, limit));
			List<SearchHit> hits = new ArrayList<>();
			var stored = searcher.storedFields();
			for (ScoreDoc hit : top.scoreDocs) {
				Document doc = stored.document(hit.doc);
				hits.add(new SearchHit(doc.get(Fields.ID), doc.get(Fields.TITLE), hit.score));
			}
			return new SearchResults(searcher.count(combined), hits);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not search the index in " + folder + ": " + e.getMessage(), e);
		}
	}

	private static Set<String> documentIds(IndexSearcher searcher, Query query) throws IOException {
		Set<String> ids = new HashSet<>();
		var stored = searcher.storedFields();
		for (ScoreDoc hit : searcher.search(query, Integer.MAX_VALUE / 2).scoreDocs) {
			ids.add(stored.document(hit.doc, Set.of(Fields.ID)).get(Fields.ID));
		}
		return ids;
	}

	private void swapIn(Path fresh) throws IOException {
		Path old = folder.resolveSibling(folder.getFileName() + ".old");
		deleteTree(old);
		if (Files.exists(folder)) {
			Files.move(folder, old, StandardCopyOption.ATOMIC_MOVE);
		}
		Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
		deleteTree(old);
	}

	private static void deleteQuietly(Path tree) {
		try {
			deleteTree(tree);
		} catch (IOException e) {
			// a leftover folder is rebuilt over next time
		}
	}

	private static void deleteTree(Path tree) throws IOException {
		if (!Files.exists(tree)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(tree)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	/** Whether a folder holds a Lucene index at all. */
	private static final class DirectoryReaderCheck {
		static boolean hasIndex(Path folder) {
			try (Directory directory = FSDirectory.open(folder)) {
				return DirectoryReader.indexExists(directory);
			} catch (IOException e) {
				return false;
			}
		}
	}
}
