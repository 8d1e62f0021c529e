package org.sanad.exchange.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.sanad.exchange.DatasetExporter;
import org.sanad.exchange.DatasetWriter;
import org.sanad.exchange.ExportFormat;
import org.sanad.exchange.ExportOptions;
import org.sanad.exchange.ExportReport;
import org.sanad.exchange.ExportedDocument;
import org.sanad.exchange.SetSelection;
import org.sanad.model.AnnotationSet;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.model.SetStatus;
import org.sanad.model.Source;
import org.sanad.store.CorpusStore;

/**
 * Exports a project page by page: the project's document ids are read once, then each page's
 * sets and documents in two store calls, written document by document, so memory holds one page
 * and the ids. Only the documents that have the exported set are written.
 */
@Component(service = DatasetExporter.class)
public final class Exporter implements DatasetExporter {

	/** Documents read per store call. */
	static final int PAGE = 250;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
	private volatile List<ExportFormat> formats = List.of();

	public Exporter() {
	}

	/** For tests outside DS. */
	public Exporter(List<ExportFormat> formats) {
		this.formats = List.copyOf(formats);
	}

	@Override
	public List<ExportFormat> formats() {
		return formats.stream().sorted(Comparator.comparing(ExportFormat::name)).toList();
	}

	/** One folder of the export: a set selection's documents. */
	private record Folder(String name, String owner, String shownAs) {
	}

	@Override
	public ExportReport export(CorpusStore store, Project project, ExportOptions options, Path directory,
			IProgressMonitor monitor) throws IOException {
		ExportFormat format = format(options);
		List<Folder> folders = folders(store, project, options);
		// Ids once, then pages by id: a page query's offset grows with the corpus.
		List<String> ids = store.documentIds(project.getId());
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + project.getName(),
				(int) Math.min(Integer.MAX_VALUE, (long) ids.size() * folders.size() + 1));
		Map<String, String> parts = options.split() == null ? Map.of() : options.split().assign(ids);
		Map<String, String> registry = new HashMap<>();
		for (Source source : project.getSources()) {
			registry.put(source.getId(), source.getName());
		}
		try (Staging staging = Staging.in(directory)) {
			List<SetCounts> counts = new ArrayList<>();
			Map<String, String> files = new TreeMap<>();
			try {
				for (Folder folder : folders) {
					Path root = folder.name().isEmpty() ? staging.root()
							: Files.createDirectory(staging.root().resolve(folder.name()));
					SetCounts setCounts = new SetCounts(folder.name(), folder.shownAs());
					FolderTarget target = new FolderTarget(root, folder.name().isEmpty() ? "" : folder.name() + "/",
							options, setCounts, files);
					try (DatasetWriter writer = format.open(target)) {
						writeFolder(store, ids, folder, options, registry, parts, writer, setCounts, progress);
					}
					counts.add(setCounts);
				}
			} catch (OperationCanceledException e) {
				return new ExportReport(directory, Map.of(), Map.of(), List.of(), true);
			}
			requireChecksummed(staging.root(), files);
			new DatasetCard(project, format, options, counts, files).write(staging.root());
			staging.commit();
			Map<String, Integer> documents = new LinkedHashMap<>();
			List<String> dropped = new ArrayList<>();
			for (int i = 0; i < counts.size(); i++) {
				SetCounts c = counts.get(i);
				documents.put(c.folder.isEmpty() ? name(folders.get(i)) : c.folder, c.documents);
				c.dropped.forEach((id, n) -> dropped.add(id + ": " + n + " " + c.droppedWhy));
			}
			progress.done();
			return new ExportReport(directory, files, documents, dropped, false);
		}
	}

	private static String name(Folder folder) {
		return folder.shownAs() == null ? "gold" : folder.shownAs();
	}

	private ExportFormat format(ExportOptions options) {
		ExportFormat format = formats.stream().filter(f -> f.name().equals(options.format())).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no export format '" + options.format() + "' (formats: "
						+ String.join(", ", formats().stream().map(ExportFormat::name).toList()) + ")"));
		Set<String> known = format.formatOptions();
		for (String option : options.formatOptions().keySet()) {
			if (!known.contains(option)) {
				throw new IllegalArgumentException("format " + format.name() + " takes no option '" + option + "'");
			}
		}
		return format;
	}

	private static List<Folder> folders(CorpusStore store, Project project, ExportOptions options) {
		SetSelection sets = options.sets();
		Pseudonyms pseudonyms = new Pseudonyms(project.getId(), options.pseudonymise());
		return switch (sets.kind()) {
		case GOLD -> List.of(new Folder("", null, null));
		case ANNOTATOR -> {
			List<String> annotators = store.annotators(project.getId());
			if (!annotators.contains(sets.annotator())) {
				throw new IllegalArgumentException("'" + sets.annotator() + "' has no annotations in project '"
						+ project.getName() + "'" + (annotators.isEmpty() ? "" : " (annotators: " + String.join(", ", annotators) + ")"));
			}
			yield List.of(new Folder("", sets.annotator(), pseudonyms.of(sets.annotator())));
		}
		case ALL -> {
			List<Folder> all = new ArrayList<>();
			all.add(new Folder("gold", null, null));
			for (String annotator : store.annotators(project.getId())) {
				String shown = pseudonyms.of(annotator);
				all.add(new Folder(FolderNames.of(shown), annotator, shown));
			}
			yield all;
		}
		};
	}

	private static void writeFolder(CorpusStore store, List<String> all, Folder folder, ExportOptions options,
			Map<String, String> registry, Map<String, String> parts, DatasetWriter writer, SetCounts counts,
			SubMonitor progress) throws IOException {
		for (int from = 0; from < all.size(); from += PAGE) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			List<String> ids = all.subList(from, Math.min(all.size(), from + PAGE));
			Map<String, AnnotationSet> sets = store.annotationSets(ids, folder.owner());
			Map<String, AnnotationSet> gold = folder.owner() == null ? sets
					: options.curatedOnly() ? store.annotationSets(ids, null) : Map.of();
			List<String> withSet = ids.stream().filter(id -> sets.get(id).getId() != null)
					.filter(id -> !options.curatedOnly() || gold.get(id).getStatus() == SetStatus.CURATED).toList();
			Map<String, Document> documents = withSet.isEmpty() ? Map.of() : store.documents(withSet);
			for (Document document : documents.values()) {
				ExportedDocument exported = Documents.prepare(document, sets.get(document.getId()), folder.shownAs(),
						registry, parts.get(document.getId()), options, counts);
				writer.write(exported);
				counts.count(exported, options.includeBoilerplate());
				if (folder.owner() == null && sets.get(document.getId()).getStatus() == SetStatus.CURATED) {
					counts.curated++;
				}
			}
			progress.worked(ids.size());
		}
		if (progress.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	/**
	 * Checks that every file in the export was written through the target, so that the card's
	 * checksums are all there: a format that wrote around it would leave a file the card misses.
	 */
	private static void requireChecksummed(Path root, Map<String, String> files) throws IOException {
		try (var walk = Files.walk(root)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				String relative = root.relativize(file).toString().replace('\\', '/');
				if (!files.containsKey(relative)) {
					throw new IOException("The export format wrote " + relative + " without its ExportTarget,"
							+ " or did not close it: the card would not know its checksum");
				}
			}
		}
	}
}
