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
import java.util.function.Function;
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
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.sanad.model.Project;
import org.apache.lucene.index.SegmentInfos;
import org.sanad.search.IndexState;
import org.sanad.search.SearchHit;
import org.sanad.search.TextMatch;
import org.sanad.search.SearchResults;
import org.sanad.store.CorpusStore;
import org.sanad.store.ProjectLogEntry;
import org.sanad.store.SetChange;

/**
 * The Lucene index of one project's texts, in {@code index/<project id>} of the data folder. A
 * rebuild writes a new index beside the old one and swaps them only when it is complete.
 */
public final class ProjectIndex {

	private static final int PAGE = 500;

	/**
	 * Lucene tells on stderr whether it uses the incubating vector API: that it does (the
	 * workbench), or a warning that it does not (headless commands run without the module, whose
	 * JVM notice would be noise on their stderr). Neither is for our users.
	 */
	private static final java.util.logging.Logger VECTOR_LOG = quiet("org.apache.lucene.internal.vectorization");

	private static java.util.logging.Logger quiet(String name) {
		java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
		logger.setLevel(java.util.logging.Level.SEVERE);
		return logger;
	}

	private final Path folder;
	/** The reader searches use, reopened when the index changes; see {@link #acquireView()}. */
	private IndexView view;
	private Directory viewDirectory;
	private Object viewKey;

	public ProjectIndex(Path dataDirectory, Project project) {
		this.folder = dataDirectory.resolve("index").resolve(project.getId());
	}

	/**
	 * Checks the index: whether it is there, whether this version of Sanad wrote its layout, and
	 * the checksums of every file (Lucene's CheckIndex at its lightest level). An index another
	 * process is writing counts as ready.
	 */
	public IndexState state() {
		if (!exists()) {
			return IndexState.MISSING;
		}
		try (Directory directory = FSDirectory.open(folder)) {
			String format = SegmentInfos.readLatestCommit(directory).getUserData().get(Fields.FORMAT_KEY);
			if (!Fields.FORMAT.equals(format)) {
				return IndexState.STALE;
			}
			try (CheckIndex check = new CheckIndex(directory)) {
				check.setLevel(CheckIndex.Level.MIN_LEVEL_FOR_CHECKSUM_CHECKS);
				check.setInfoStream(null);
				return check.checkIndex().clean ? IndexState.READY : IndexState.CORRUPT;
			}
		} catch (org.apache.lucene.store.LockObtainFailedException busy) {
			return IndexState.READY;
		} catch (IOException | RuntimeException e) {
			return IndexState.CORRUPT;
		}
	}

	/** @return whether the index can be used as it is: neither missing, stale nor corrupt */
	public boolean healthy() {
		return state() == IndexState.READY;
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
			close(); // the reader of the old index lets go of its files
			swapIn(fresh);
		} catch (IOException e) {
			deleteQuietly(fresh);
			throw new UncheckedIOException("Could not build the index in " + fresh + ": " + e.getMessage(), e);
		} catch (RuntimeException e) {
			deleteQuietly(fresh);
			throw e;
		}
	}

	/** What one catch-up did: texts added, and annotation sets by how they were brought up to date. */
	public record CatchUp(long texts, int setsUnchanged, int setsPatched, int setsRewritten) {
	}

	/**
	 * Brings the index up to the store: new documents, and annotation sets changed since the last
	 * catch-up (only their changed annotations where the store can tell them). One Lucene commit
	 * for all of it.
	 */
	public CatchUp catchUp(CorpusStore store, Project project, IProgressMonitor monitor) {
		try {
			return catchUp(folder, store, project, monitor);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not update the index in " + folder + ": " + e.getMessage(), e);
		}
	}

	private CatchUp catchUp(Path where, CorpusStore store, Project project, IProgressMonitor monitor) throws IOException {
		IndexWriterConfig config = new IndexWriterConfig(SanadQueryParser.analyzer());
		config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
		config.setRAMBufferSizeMB(64);
		try (Directory directory = FSDirectory.open(where); IndexWriter writer = new IndexWriter(directory, config)) {
			Instant since = mark(writer);
			Instant newest = since;
			int deleted = 0;
			for (ProjectLogEntry entry : store.projectLog(project.getId(), since)) {
				if (ProjectLogEntry.DELETE_DOCUMENT.equals(entry.action())) {
					// the text, its sets and annotations all carry the document's id
					writer.deleteDocuments(new Term(Fields.ID, entry.subject()));
					deleted++;
					newest = entry.at().isAfter(newest) ? entry.at() : newest;
				}
			}
			long indexed = countTexts(writer);
			long count = store.documentCount(project.getId());
			if (indexed > count) {
				// more texts than the store holds: a deletion the log window missed, or a store
				// restored from a backup; the index starts again rather than answer wrongly
				writer.deleteAll();
				indexed = 0;
				since = Instant.EPOCH;
			}
			var sets = store.setsModifiedSince(project.getId(), since);
			SubMonitor progress = SubMonitor.convert(monitor, "Indexing " + project.getName(),
					(int) Math.max(0, count - indexed) + sets.size() + 1);
			// One offset to where the index stopped, then page after page by the last document (keyset).
			List<org.sanad.model.Document> page = indexed < count ? store.documents(project.getId(), (int) indexed, PAGE)
					: List.of();
			for (; !page.isEmpty(); page = page.size() < PAGE ? List.of()
					: store.documentsAfter(project.getId(), page.getLast().getId(), PAGE)) {
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
			// a new index gets this version's layout; an old one keeps the layout it was built with
			String format = indexed == 0 ? Fields.FORMAT : commitData(writer, Fields.FORMAT_KEY, "1");
			int[] outcomes = new int[SetIndexer.Outcome.values().length];
			try (DirectoryReader before = indexed == 0 ? null : DirectoryReader.open(writer)) {
				SetIndexer setIndexer = new SetIndexer(writer, store, project, before);
				for (SetChange change : sets) {
					if (progress.isCanceled()) {
						writer.rollback();
						throw new OperationCanceledException();
					}
					outcomes[setIndexer.update(change).ordinal()]++;
					newest = change.modifiedAt().isAfter(newest) ? change.modifiedAt() : newest;
					progress.split(1);
				}
			}
			CatchUp done = new CatchUp(Math.max(0, count - indexed), outcomes[SetIndexer.Outcome.UNCHANGED.ordinal()],
					outcomes[SetIndexer.Outcome.PATCHED.ordinal()], outcomes[SetIndexer.Outcome.REWRITTEN.ordinal()]);
			if (done.texts() + done.setsPatched() + done.setsRewritten() + deleted > 0 || indexed == 0) {
				writer.setLiveCommitData(
						Map.of(SETS_MARK, Long.toString(newest.toEpochMilli()), Fields.FORMAT_KEY, format).entrySet());
				writer.commit();
			} // else nothing to write: no commit every time the follower looks
			return done;
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
		String mark = commitData(writer, SETS_MARK, null);
		return mark == null ? Instant.EPOCH : Instant.ofEpochMilli(Long.parseLong(mark) - OVERLAP_MILLIS);
	}

	private static String commitData(IndexWriter writer, String key, String absent) {
		Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
		if (data != null) {
			for (var entry : data) {
				if (key.equals(entry.getKey())) {
					return entry.getValue();
				}
			}
		}
		return absent;
	}

	/** Runs a query without reading texts: hits come without snippets or text matches. */
	public SearchResults search(String query, String asker, int limit) {
		return search(query, asker, limit, ids -> Map.of());
	}

	/**
	 * Runs a query for {@code asker}: the text part scores the documents, annotation filters keep
	 * documents with matching annotations of the asker or the gold set, never another annotator's.
	 * Facets count over every match; snippets and matches come for the hits returned.
	 *
	 * @param texts reads the texts of documents by id (the store's)
	 */
	public SearchResults search(String query, String asker, int limit,
			Function<List<String>, Map<String, String>> texts) {
		QueryPlan plan = QueryPlan.of(SanadQueryParser.parse(query));
		IndexView v = null;
		try {
			v = acquireView();
			IndexSearcher searcher = v.searcher;
			Query combined = combined(v, plan, asker);
			TopDocs top = searcher.search(combined, Math.max(1, limit));
			var stored = searcher.storedFields();
			List<String[]> found = new ArrayList<>();
			for (ScoreDoc hit : top.scoreDocs) {
				Document doc = stored.document(hit.doc, Set.of(Fields.ID, Fields.TITLE));
				found.add(new String[] { doc.get(Fields.ID), doc.get(Fields.TITLE) });
			}
			List<String> ids = found.stream().map(f -> f[0]).toList();
			Map<String, String> byId = ids.isEmpty() ? Map.of() : texts.apply(ids);
			Highlighter highlighter = new Highlighter(plan.text, SanadQueryParser.analyzer());
			Map<String, List<TextMatch>> annotated = highlighter.isEmpty() && !ids.isEmpty()
					? annotationSpans(searcher, plan, asker, ids)
					: Map.of();
			List<SearchHit> hits = new ArrayList<>();
			for (int i = 0; i < found.size(); i++) {
				String id = found.get(i)[0];
				String text = byId.getOrDefault(id, "");
				List<TextMatch> matches = highlighter.isEmpty() ? annotated.getOrDefault(id, List.of())
						: highlighter.matches(text);
				hits.add(Snippets.hit(id, found.get(i)[1], top.scoreDocs[i].score, text, matches));
			}
			FixedBitSet matched = Collect.matches(v, combined);
			long total = matched.cardinality();
			Map<String, Map<String, Long>> facets = total == 0 ? Map.of()
					: Collect.facets(v, asker.toLowerCase(java.util.Locale.ROOT), visibleAnnotations(asker), matched);
			return new SearchResults(total, hits, facets);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not search the index in " + folder + ": " + e.getMessage(), e);
		} finally {
			if (v != null) {
				release(v);
			}
		}
	}

	/**
	 * @return the current reader, reopened if the index changed (or was swapped for a rebuilt
	 *         one), held for the caller until {@link #release}
	 */
	private synchronized IndexView acquireView() throws IOException {
		var attributes = Files.readAttributes(folder, java.nio.file.attribute.BasicFileAttributes.class);
		Object key = java.util.Arrays.asList(attributes.fileKey(), attributes.creationTime());
		if (view != null && key.equals(viewKey)) {
			DirectoryReader newer = DirectoryReader.openIfChanged(view.reader);
			if (newer != null) {
				view.close();
				view = new IndexView(newer);
			}
		} else {
			close();
			viewDirectory = FSDirectory.open(folder);
			view = new IndexView(DirectoryReader.open(viewDirectory));
			viewKey = key;
		}
		view.reader.incRef();
		return view;
	}

	private static void release(IndexView v) {
		try {
			v.reader.decRef();
		} catch (IOException e) {
			// a reader that cannot close cleanly has nothing left to lose
		}
	}

	/** Closes the reader searches keep open; the next search opens it again. */
	public synchronized void close() {
		try {
			if (view != null) {
				view.close();
			}
			if (viewDirectory != null) {
				viewDirectory.close();
			}
		} catch (IOException e) {
			// closing a reader of a deleted index may fail; nothing is lost
		}
		view = null;
		viewDirectory = null;
		viewKey = null;
	}

	/** @return the query over text documents that the plan matches, its filters resolved to texts */
	private static Query combined(IndexView v, QueryPlan plan, String asker) throws IOException {
		FixedBitSet allowed = null;
		FixedBitSet excluded = null;
		for (QueryPlan.Filter filter : plan.filters) {
			FixedBitSet texts = Collect.textsOf(v, QueryPlan.visible(filter.query(), asker));
			if (filter.excludes()) {
				if (excluded == null) {
					excluded = texts;
				} else {
					excluded.or(texts);
				}
			} else if (allowed == null) {
				allowed = texts;
			} else {
				allowed.and(texts);
			}
		}
		BooleanQuery.Builder texts = new BooleanQuery.Builder()
				.add(new TermQuery(new Term(Fields.TYPE, Fields.DOC)), BooleanClause.Occur.FILTER);
		if (plan.text != null) {
			texts.add(plan.text, BooleanClause.Occur.MUST);
		}
		if (allowed != null) {
			texts.add(new DocSetQuery(allowed), BooleanClause.Occur.FILTER);
		}
		if (excluded != null) {
			texts.add(new DocSetQuery(excluded), BooleanClause.Occur.MUST_NOT);
		}
		return texts.build();
	}

	private static Query idIn(Set<String> ids) {
		return new TermInSetQuery(Fields.ID, ids.stream().map(BytesRef::new).toList());
	}

	/** @return the annotations the asker may see: their own and the gold set's */
	private static Query visibleAnnotations(String asker) {
		return QueryPlan.visible(new TermQuery(new Term(Fields.TYPE, Fields.ANNOTATION)), asker);
	}

	/** @return the spans of the annotations that the plan's positive filters matched, per document */
	private static Map<String, List<TextMatch>> annotationSpans(IndexSearcher searcher, QueryPlan plan, String asker,
			List<String> documents) throws IOException {
		Map<String, List<TextMatch>> spans = new java.util.HashMap<>();
		var stored = searcher.storedFields();
		for (QueryPlan.Filter filter : plan.filters) {
			if (filter.excludes()) {
				continue;
			}
			Query inHits = new BooleanQuery.Builder().add(QueryPlan.visible(filter.query(), asker), BooleanClause.Occur.MUST)
					.add(idIn(new HashSet<>(documents)), BooleanClause.Occur.FILTER).build();
			int count = searcher.count(inHits);
			if (count == 0) {
				continue;
			}
			for (ScoreDoc hit : searcher.search(inHits, count).scoreDocs) {
				Document doc = stored.document(hit.doc, Set.of(Fields.ID, Fields.BEGIN, Fields.END));
				if (doc.getField(Fields.BEGIN) != null) {
					spans.computeIfAbsent(doc.get(Fields.ID), k -> new ArrayList<>())
							.add(new TextMatch(doc.getField(Fields.BEGIN).numericValue().intValue(),
									doc.getField(Fields.END).numericValue().intValue()));
				}
			}
		}
		spans.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(TextMatch::begin)
				.thenComparingInt(TextMatch::end)));
		return spans;
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

	/**
	 * Removes the index folders of projects that are gone (deleted here or by a command); the
	 * folders of the projects named, and a rebuild's {@code .new}, stay.
	 *
	 * @return how many were removed
	 */
	public static int dropOthers(Path dataDirectory, java.util.Set<String> projectIds) {
		Path root = dataDirectory.resolve("index");
		if (!Files.isDirectory(root)) {
			return 0;
		}
		int dropped = 0;
		try (Stream<Path> folders = Files.list(root)) {
			for (Path folder : folders.filter(Files::isDirectory).toList()) {
				String name = folder.getFileName().toString();
				String id = name.endsWith(".new") || name.endsWith(".old") ? name.substring(0, name.length() - 4) : name;
				if (!projectIds.contains(id) && !name.endsWith(".new")) {
					deleteQuietly(folder);
					dropped++;
				}
			}
		} catch (IOException e) {
			// listed again at the next catch-up
		}
		return dropped;
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
