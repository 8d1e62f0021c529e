package org.sanad.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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

	public boolean exists() {
		return Files.isDirectory(folder) && DirectoryReaderCheck.hasIndex(folder);
	}

	/** Rebuilds the index from the store's texts. */
	public void rebuild(CorpusStore store, Project project, IProgressMonitor monitor) {
		long count = store.documentCount(project.getId());
		SubMonitor progress = SubMonitor.convert(monitor, "Indexing " + project.getName(), (int) count + 1);
		Path fresh = folder.resolveSibling(project.getId() + ".new");
		try {
			deleteTree(fresh);
			IndexWriterConfig config = new IndexWriterConfig(SanadQueryParser.analyzer());
			config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
			config.setRAMBufferSizeMB(64);
			try (Directory directory = FSDirectory.open(fresh); IndexWriter writer = new IndexWriter(directory, config)) {
				for (int offset = 0; offset < count; offset += PAGE) {
					for (org.sanad.model.Document header : store.documents(project.getId(), offset, PAGE)) {
						if (progress.isCanceled()) {
							throw new OperationCanceledException();
						}
						org.sanad.model.Document full = store.document(header.getId()).orElse(null);
						if (full != null) {
							writer.addDocument(toLucene(full));
						}
						progress.split(1);
					}
				}
				writer.commit();
			}
			swapIn(fresh);
			progress.split(1);
		} catch (IOException e) {
			deleteQuietly(fresh);
			throw new UncheckedIOException("Could not build the index in " + fresh + ": " + e.getMessage(), e);
		} catch (RuntimeException e) {
			deleteQuietly(fresh);
			throw e;
		}
	}

	static Document toLucene(org.sanad.model.Document d) {
		Document doc = new Document();
		doc.add(new StringField(Fields.ID, d.getId(), Field.Store.YES));
		String title = d.getTitle() == null ? "" : d.getTitle();
		doc.add(new StoredField(Fields.TITLE, title));
		doc.add(new TextField(Fields.TITLE, title, Field.Store.NO));
		doc.add(new TextField(Fields.TEXT, d.getText(), Field.Store.NO));
		doc.add(new TextField(Fields.EXACT, d.getText(), Field.Store.NO));
		return doc;
	}

	/** Runs a query; the index must exist. */
	public SearchResults search(String query, int limit) {
		var parsed = SanadQueryParser.parse(query);
		try (Directory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			TopDocs top = searcher.search(parsed, Math.max(1, limit));
			List<SearchHit> hits = new ArrayList<>();
			var stored = searcher.storedFields();
			for (ScoreDoc hit : top.scoreDocs) {
				Document doc = stored.document(hit.doc);
				hits.add(new SearchHit(doc.get(Fields.ID), doc.get(Fields.TITLE), hit.score));
			}
			return new SearchResults(searcher.count(parsed), hits);
		} catch (IOException e) {
			throw new UncheckedIOException("Could not search the index in " + folder + ": " + e.getMessage(), e);
		}
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
