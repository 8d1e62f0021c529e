package org.sanad.store.h2.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.sanad.model.AnnotationSet;
import org.sanad.model.Document;
import org.sanad.model.LabelSchema;
import org.sanad.model.Project;
import org.sanad.model.Source;
import org.sanad.store.AnnotationChange;
import org.sanad.store.AuditEntry;
import org.sanad.store.ChangeOutcome;
import org.sanad.store.CorpusStore;
import org.sanad.store.CurationDecision;
import org.sanad.store.DuplicateDocumentException;
import org.sanad.store.ProjectLogEntry;
import org.sanad.store.SchemaChange;
import org.sanad.store.SchemaChangeReport;
import org.sanad.store.SetChange;
import org.sanad.store.SetChanges;
import org.sanad.store.SetSummary;
import org.sanad.store.SourceMention;
import org.sanad.store.StoreException;
import org.sanad.store.StoreStatistics;

/** The corpus store over JDBC in portable SQL; what differs per database is in its {@link Dialect}. */
public final class JdbcCorpusStore implements CorpusStore {

	/** Folder below the data folder that holds the database files. */
	public static final String FOLDER = "store";

	/** The folders of the stores open in this process: a restore must not swap one of them. */
	private static final java.util.Set<Path> OPEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

	private final Dialect dialect;
	private final DataSource dataSource;
	private Path folder;
	private final Transactions transactions;
	private final Checksums checksums = new Checksums();
	private final SchemaNames schemaNames = new SchemaNames();
	private final StoreAccounts accounts;
	private final GroupCommits commits;

	private JdbcCorpusStore(Dialect dialect, DataSource dataSource) {
		this.dialect = dialect;
		this.dataSource = dataSource;
		this.transactions = new Transactions(dataSource, dialect);
		this.commits = new GroupCommits(dataSource, dialect);
		this.accounts = new StoreAccounts(transactions);
	}

	/** Opens the store in {@code dataDirectory/store}, creating or upgrading its tables. */
	public static JdbcCorpusStore open(Path dataDirectory, Dialect dialect) {
		Path folder = dataDirectory.resolve(FOLDER);
		DataSource dataSource;
		try {
			createPrivately(dataDirectory);
			createPrivately(folder);
			dataSource = dialect.open(folder);
		} catch (SQLException e) {
			if (dialect.isLockedByAnotherProcess(e)) {
				throw new org.sanad.store.StoreInUseException("The store in " + folder + " is in use by another program",
						e);
			}
			throw new StoreException("Cannot open the store in " + folder + ": " + e.getMessage(), e);
		} catch (java.io.IOException e) {
			throw new StoreException("Cannot create " + folder + ": " + e.getMessage(), e);
		}
		JdbcCorpusStore store = open(dialect, dataSource, "in " + folder);
		restrictFiles(folder);
		store.folder = folder.toAbsolutePath().normalize();
		OPEN.add(store.folder);
		return store;
	}

	/**
	 * Opens the store behind {@code dataSource} (a database server's), creating or upgrading its
	 * tables; closing the store closes the data source.
	 *
	 * @param where names the store in errors, for example "at postgresql://sanad@db:5432/sanad"
	 */
	public static JdbcCorpusStore open(Dialect dialect, DataSource dataSource, String where) {
		try (Connection connection = dataSource.getConnection()) {
			Migrations.upgrade(connection, dialect);
		} catch (SQLException | RuntimeException e) {
			dialect.close(dataSource);
			throw e instanceof StoreException s ? s
					: new StoreException("Cannot prepare the store " + where + ": " + e.getMessage(), e,
							e instanceof SQLException q && dialect.isTransient(q));
		}
		return new JdbcCorpusStore(dialect, dataSource);
	}

	/** Creates a folder that only its owner may read (0700 where the file system has POSIX modes). */
	private static void createPrivately(Path folder) throws java.io.IOException {
		if (Files.isDirectory(folder)) {
			return;
		}
		if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			Files.createDirectories(folder, java.nio.file.attribute.PosixFilePermissions
					.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
		} else {
			Files.createDirectories(folder);
		}
	}

	/**
	 * Makes the database's files readable by their owner only: the folder is already (0700), but
	 * the files are created with the process's umask, and a folder someone loosened keeps them safe.
	 */
	private static void restrictFiles(Path folder) {
		if (!folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return;
		}
		try (var files = Files.list(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
			}
		} catch (java.io.IOException e) {
			// Not ours to change (another owner's files in a shared folder): the folder's mode stands.
		}
	}

	/**
	 * @return the store's own connections, for what works below the store API on the same tables:
	 *         copying a whole store to another database (history included), and tests
	 */
	public DataSource dataSource() {
		return dataSource;
	}

	/** @return what differs about this store's database */
	public Dialect dialect() {
		return dialect;
	}

	/** @return whether this process has the store in {@code folder} open */
	static boolean isOpenHere(Path folder) {
		return OPEN.contains(folder.toAbsolutePath().normalize());
	}

	@Override
	public Project createProject(String name, String description, LabelSchema schema) {
		if (name == null || name.isBlank()) {
			throw new StoreException("A project needs a name");
		}
		return transactions.run("create project '" + name + "'", c -> {
			if (!ProjectRows.find(c, name).isEmpty()) {
				throw new StoreException("A project named '" + name + "' exists already");
			}
			return ProjectRows.insert(c, name, description, schema);
		});
	}

	@Override
	public void setBoilerplatePhrases(String projectId, List<String> phrases) {
		setLines("boilerplate_phrases", projectId, phrases);
	}

	@Override
	public void setCurationReasons(String projectId, List<String> reasons) {
		for (String reason : reasons) {
			if (reason.isBlank() || reason.contains("\n") || reason.contains("\r")) {
				throw new IllegalArgumentException("a curation reason is one line of text, not '" + reason + "'");
			}
		}
		setLines("curation_reasons", projectId, reasons);
	}

	/** Stores a project's list of lines in one column, a line each. */
	private void setLines(String column, String projectId, List<String> lines) {
		transactions.run("set " + column.replace('_', ' '), c -> {
			try (PreparedStatement update = c.prepareStatement("UPDATE project SET " + column + " = ? WHERE id = ?")) {
				update.setString(1, lines.isEmpty() ? null : String.join("\n", lines));
				update.setString(2, projectId);
				if (update.executeUpdate() != 1) {
					throw new StoreException("No project with id " + projectId);
				}
			}
			return null;
		});
	}

	@Override
	public List<Project> projects() {
		return transactions.run("list projects", ProjectRows::all);
	}

	@Override
	public Optional<Project> project(String nameOrId) {
		return transactions.run("find project '" + nameOrId + "'", c -> ProjectRows.find(c, nameOrId)).stream()
				.findFirst();
	}

	@Override
	public void addDocuments(String projectId, List<Document> documents) {
		Map<String, NewDocument> byChecksum = new HashMap<>();
		List<NewDocument> rows = newDocuments(documents, byChecksum, (row, twin) -> {
			throw new DuplicateDocumentException(row.origin() + " has the same text as " + twin.origin(), row.checksum(),
					null);
		});
		insert(projectId, rows, (c, next) -> {
			Map<String, String> held = checksums.find(c, projectId, next, byChecksum.keySet());
			if (!held.isEmpty()) {
				var entry = held.entrySet().iterator().next();
				throw new DuplicateDocumentException(byChecksum.get(entry.getKey()).origin()
						+ " is already in the project as document " + entry.getValue(), entry.getKey(), entry.getValue());
			}
			return rows;
		});
	}

	@Override
	public Map<Document, String> addNewDocuments(String projectId, List<Document> documents) {
		Map<String, NewDocument> byChecksum = new HashMap<>();
		Map<Document, NewDocument> twins = new HashMap<>();
		// The same object twice in the list is one document, stored once.
		List<NewDocument> rows = newDocuments(documents, byChecksum, (row, first) -> {
			if (row.source() != first.source()) {
				twins.put(row.source(), first);
			}
		});
		Map<String, String> held = new HashMap<>();
		insert(projectId, rows, (c, next) -> {
			held.putAll(checksums.find(c, projectId, next, byChecksum.keySet()));
			return rows.stream().filter(row -> !held.containsKey(row.checksum())).toList();
		});
		Map<Document, String> heldOf = new HashMap<>();
		rows.stream().filter(row -> held.containsKey(row.checksum()))
				.forEach(row -> heldOf.put(row.source(), held.get(row.checksum())));
		Map<Document, String> leftOut = new LinkedHashMap<>();
		for (Document document : documents) {
			NewDocument first = twins.get(document);
			String id = first != null ? held.getOrDefault(first.checksum(), first.id()) : heldOf.get(document);
			if (id != null) {
				leftOut.put(document, id);
			}
		}
		return leftOut;
	}

	/** What to do with a document whose text comes earlier in the same list. */
	private interface TwinHandler {
		void twin(NewDocument document, NewDocument first);
	}

	/** @return the documents to insert, without twins, each checked and given what the store fills in */
	private static List<NewDocument> newDocuments(List<Document> documents, Map<String, NewDocument> byChecksum,
			TwinHandler twins) {
		Date now = new Date();
		List<NewDocument> rows = new ArrayList<>(documents.size());
		for (int i = 0; i < documents.size(); i++) {
			Document document = documents.get(i);
			String name = "Document " + (document.getOrigin() != null ? document.getOrigin() : "#" + (i + 1));
			if (!document.isSetText() || document.getText() == null) {
				throw new StoreException(name + " has no text");
			}
			NewDocument row;
			try {
				row = NewDocument.of(document, now);
			} catch (IllegalArgumentException e) {
				throw new StoreException(name + ": " + e.getMessage(), e);
			}
			NewDocument first = byChecksum.putIfAbsent(row.checksum(), row);
			if (first == null) {
				rows.add(row);
			} else {
				twins.twin(row, first);
			}
		}
		return rows;
	}

	/** Which of the new documents to insert, decided in the transaction that inserts them. */
	private interface Selection {
		List<NewDocument> select(Connection connection, long next) throws SQLException;
	}

	/** The documents one transaction inserted, numbered from {@code first}. */
	private record Inserted(long first, List<NewDocument> rows) {
	}

	/** Inserts the selected documents in one transaction; only then do the callers' documents get their ids. */
	private void insert(String projectId, List<NewDocument> rows, Selection selection) {
		Inserted inserted = transactions.run("add " + rows.size() + " documents", c -> {
			long next = ProjectRows.nextSeq(c, projectId, true);
			List<NewDocument> selected = selection.select(c, next);
			DocumentRows.insertAll(c, projectId, next, selected);
			ProjectRows.setNextSeq(c, projectId, next + selected.size());
			return new Inserted(next, selected);
		});
		inserted.rows().forEach(row -> row.source().setId(row.id()));
		checksums.stored(projectId, inserted.rows().stream().map(NewDocument::checksum).toList(), inserted.first());
	}

	@Override
	public Map<String, String> documentsByChecksum(String projectId, Collection<String> checksums) {
		return transactions.run("look up checksums",
				c -> this.checksums.find(c, projectId, ProjectRows.nextSeq(c, projectId, false), checksums));
	}

	@Override
	public long documentCount(String projectId) {
		return transactions.run("count documents", c -> DocumentRows.count(c, projectId));
	}

	@Override
	public List<Document> documents(String projectId, int offset, int limit) {
		return transactions.run("list documents", c -> DocumentRows.headers(c, projectId, offset, limit));
	}

	@Override
	public List<Document> documentsAfter(String projectId, String afterDocumentId, int limit) {
		return transactions.run("list documents", c -> DocumentRows.headersAfter(c, projectId, afterDocumentId, limit));
	}

	@Override
	public List<String> documentIds(String projectId) {
		return transactions.run("list document ids", c -> DocumentRows.ids(c, projectId));
	}

	@Override
	public Optional<Document> document(String documentId) {
		return transactions.run("load document " + documentId, c -> DocumentRows.load(c, documentId));
	}

	@Override
	public Map<String, Document> documents(Collection<String> documentIds) {
		return transactions.run("load documents", c -> DocumentRows.loadMany(c, documentIds));
	}

	@Override
	public Map<String, String> texts(Collection<String> documentIds) {
		return transactions.run("read texts", c -> DocumentRows.texts(c, documentIds));
	}

	@Override
	public AnnotationSet annotationSet(String documentId, String owner) {
		return transactions.run("load annotations of document " + documentId,
				c -> AnnotationSets.load(c, documentId, owner));
	}

	@Override
	public Map<String, AnnotationSet> annotationSets(Collection<String> documentIds, String owner) {
		return transactions.run("load annotation sets", c -> AnnotationSets.loadMany(c, documentIds, owner));
	}

	@Override
	public List<String> annotators(String projectId) {
		return transactions.run("list annotators", c -> AnnotationSets.owners(c, projectId));
	}

	@Override
	public long apply(AnnotationChange change) {
		return commits.run(describe(change), applying(change));
	}

	/** Queues every change at once, so that they share commits (at most {@code GroupCommits.MOST} a commit). */
	@Override
	public List<ChangeOutcome> applyAll(List<AnnotationChange> changes) {
		List<java.util.concurrent.CompletableFuture<Long>> answers = new ArrayList<>(changes.size());
		for (AnnotationChange change : changes) {
			answers.add(commits.submit(describe(change), applying(change)));
		}
		List<ChangeOutcome> outcomes = new ArrayList<>(changes.size());
		for (int i = 0; i < changes.size(); i++) {
			try {
				outcomes.add(ChangeOutcome.applied(commits.await(describe(changes.get(i)), answers.get(i))));
			} catch (RuntimeException e) {
				outcomes.add(ChangeOutcome.refused(e));
			}
		}
		return outcomes;
	}

	private static String describe(AnnotationChange change) {
		return "save annotations of document " + change.documentId();
	}

	private Transactions.Work<Long> applying(AnnotationChange change) {
		return c -> {
			java.util.Optional<Long> before = AnnotationSets.appliedBefore(c, change);
			if (before.isPresent()) {
				return before.get();
			}
			schemaNames.check(c, change);
			return AnnotationSets.apply(c, change);
		};
	}

	@Override
	public long curate(AnnotationChange change, List<CurationDecision> decisions) {
		if (change.owner() != null) {
			throw new IllegalArgumentException("a curation changes the gold set, not " + change.owner() + "'s");
		}
		return commits.run("curate document " + change.documentId(), c -> {
			java.util.Optional<Long> before = AnnotationSets.appliedBefore(c, change);
			if (before.isPresent()) {
				return before.get(); // sent again: its decisions are recorded already
			}
			schemaNames.check(c, change);
			long revision = AnnotationSets.apply(c, change);
			CurationRows.insert(c, change.documentId(), revision, decisions, java.time.Instant.now());
			return revision;
		});
	}

	@Override
	public SchemaChangeReport changeSchema(String projectId, SchemaChange change, String actor) {
		return transactions.run("change the schema of project " + projectId,
				c -> SchemaChanges.apply(c, projectId, change, actor));
	}

	@Override
	public List<SchemaChangeReport> changeSchema(String projectId, List<SchemaChange> changes, String actor) {
		return transactions.run("change the schema of project " + projectId, c -> {
			List<SchemaChangeReport> reports = new java.util.ArrayList<>();
			for (SchemaChange change : changes) {
				try {
					reports.add(SchemaChanges.apply(c, projectId, change, actor));
				} catch (IllegalArgumentException e) {
					throw new IllegalArgumentException(
							"Cannot " + change.describe() + ": " + e.getMessage() + "; no change was made", e);
				}
			}
			return reports;
		});
	}

	@Override
	public Map<String, Long> labelUsage(String projectId, String layer) {
		return transactions.run("count the uses of " + layer + " names", c -> SchemaChanges.usage(c, projectId, layer));
	}

	@Override
	public void deleteDocuments(String projectId, Collection<String> documentIds, String actor) {
		transactions.run("delete " + documentIds.size() + " documents", c -> {
			Deletions.documents(c, projectId, documentIds, actor);
			return null;
		});
		checksums.forget(projectId);
	}

	@Override
	public void deleteProject(String projectId, String actor) {
		transactions.run("delete project " + projectId, c -> {
			Deletions.project(c, projectId, actor);
			return null;
		});
		checksums.forget(projectId);
	}

	@Override
	public List<ProjectLogEntry> projectLog(String projectId, java.time.Instant since) {
		return transactions.run("read the project's log", c -> ProjectLog.read(c, projectId, since));
	}

	@Override
	public void backup(Path file) {
		Path target = file.toAbsolutePath();
		if (Files.exists(target)) {
			throw new StoreException(target + " exists already: a backup does not overwrite a file");
		}
		transactions.run("back up the store to " + target, c -> {
			dialect.backup(c, target);
			return null;
		});
	}

	@Override
	public List<SourceMention> sourceMentions(String projectId) {
		return transactions.run("list source mentions", c -> SourceEdits.mentions(c, projectId));
	}

	@Override
	public Source renameSource(String projectId, String sourceId, String name, String actor) {
		return transactions.run("rename source " + sourceId, c -> SourceEdits.rename(c, projectId, sourceId, name, actor));
	}

	@Override
	public Source setSourceAliases(String projectId, String sourceId, List<String> aliases, String actor) {
		return transactions.run("set aliases of source " + sourceId,
				c -> SourceEdits.setAliases(c, projectId, sourceId, aliases, actor));
	}

	@Override
	public int mergeSources(String projectId, String fromId, String intoId, String actor) {
		return transactions.run("merge source " + fromId + " into " + intoId,
				c -> SourceEdits.merge(c, projectId, fromId, intoId, actor));
	}

	@Override
	public List<CurationDecision> curationDecisions(String documentId) {
		return transactions.run("read curation decisions", c -> CurationRows.load(c, documentId));
	}

	@Override
	public Map<String, SetSummary> setSummaries(String owner, Collection<String> documentIds) {
		return transactions.run("summarise annotation sets", c -> AnnotationSets.summaries(c, owner, documentIds));
	}

	@Override
	public List<SetChange> setsModifiedSince(String projectId, java.time.Instant since) {
		return transactions.run("list changed annotation sets", c -> AnnotationSets.modifiedSince(c, projectId, since));
	}

	@Override
	public Source registerSource(String projectId, String name, String kind) {
		return transactions.run("register source '" + name + "'", c -> SourceRows.register(c, projectId, name, kind));
	}

	@Override
	public List<AuditEntry> audit(String documentId, String owner) {
		return transactions.run("read the audit", c -> {
			Optional<String> set = AnnotationSets.setId(c, documentId, owner);
			return set.isEmpty() ? List.of() : AnnotationSets.audit(c, set.get(), 0);
		});
	}

	@Override
	public Optional<SetChanges> changesSince(String documentId, String owner, long afterRevision) {
		return transactions.run("read the changes of an annotation set",
				c -> AnnotationSets.changesSince(c, documentId, owner, afterRevision));
	}

	@Override
	public org.sanad.store.Accounts accounts() {
		return accounts;
	}

	@Override
	public List<org.sanad.store.Member> members(String projectId) {
		return transactions.run("read the members of " + projectId, c -> TeamRows.members(c, projectId));
	}

	@Override
	public void setMember(String projectId, String user, org.sanad.model.Role role, String actor) {
		transactions.run("change the membership of " + user, c -> {
			TeamRows.setMember(c, projectId, user, role, actor);
			return null;
		});
	}

	@Override
	public void assign(String projectId, Collection<String> documentIds, String user, String actor) {
		transactions.run("assign documents to " + user, c -> {
			TeamRows.assign(c, projectId, documentIds, user, actor);
			return null;
		});
	}

	@Override
	public void unassign(String projectId, Collection<String> documentIds, String user, String actor) {
		transactions.run("take documents back from " + user, c -> {
			TeamRows.unassign(c, projectId, documentIds, user, actor);
			return null;
		});
	}

	@Override
	public Optional<String> assignNext(String projectId, String user, int annotatorsPerDocument, String actor) {
		return transactions.run("hand the next document to " + user,
				c -> TeamRows.assignNext(c, projectId, user, annotatorsPerDocument, actor));
	}

	@Override
	public List<org.sanad.store.Assignment> assignments(String projectId) {
		return transactions.run("read the assignments of " + projectId, c -> TeamRows.assignments(c, projectId));
	}

	@Override
	public Optional<org.sanad.store.Assignment> assignment(String documentId, String user) {
		return transactions.run("read an assignment of " + documentId, c -> TeamRows.find(c, documentId, user));
	}

	@Override
	public Optional<org.sanad.store.DocumentAccess> access(String documentId, String user) {
		return transactions.run("read the access to " + documentId, c -> TeamRows.access(c, documentId, user));
	}

	@Override
	public Optional<String> projectOf(String documentId) {
		return transactions.run("find the project of " + documentId, c -> TeamRows.projectOf(c, documentId));
	}

	@Override
	public org.sanad.store.Assignment setWorkStatus(String documentId, String user, org.sanad.store.WorkStatus status,
			String actor) {
		return transactions.run("change the status of " + documentId + " for " + user,
				c -> TeamRows.setStatus(c, documentId, user, status, actor));
	}

	@Override
	public StoreStatistics statistics() {
		return transactions.run("count", c -> {
			Map<String, Long> byKind = new TreeMap<>();
			try (PreparedStatement select = c.prepareStatement("SELECT kind, COUNT(*) FROM annotation GROUP BY kind");
					ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					byKind.put(rows.getString(1), rows.getLong(2));
				}
			}
			return new StoreStatistics(count(c, "project"), count(c, "document"), count(c, "annotation_set"), byKind);
		});
	}

	private static long count(Connection connection, String table) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
				ResultSet row = select.executeQuery()) {
			row.next();
			return row.getLong(1);
		}
	}

	/** @return {commits, changes they carried} of annotation changes since the store opened */
	long[] commitCounts() {
		return commits.counts();
	}

	@Override
	public void close() {
		commits.close();
		if (folder != null) {
			OPEN.remove(folder);
		}
		dialect.close(dataSource);
	}
}
