package org.sanad.workspace.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportReport;
import org.sanad.importer.internal.DocumentImporter;
import org.sanad.model.Project;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.CorpusStore;
import org.sanad.workspace.Workspace;

/**
 * On the first start with a data folder, imports the sample corpus that ships with Sanad
 * ({@code seeds/} beside the product, or {@code -Dsanad.seeds=DIR}) into a project "Seeds" with
 * the default schema. A marker file keeps it from happening again, even if the project is deleted.
 */
final class SeedsInstaller {

	/** System property naming the seeds folder; the start script sets it. */
	static final String PROPERTY = "sanad.seeds";

	/** Marker in the data folder: the seeds were offered once. */
	static final String MARKER = ".seeded";

	/** Taglines of the seed sites that the generic rules cannot know. */
	static final List<String> SEEDS_PHRASES = List.of("صحيفة يومية تصدر عن مؤسسة المدينة للصحافة والنشر");

	private final DocumentImporter importer;

	SeedsInstaller(DocumentImporter importer) {
		this.importer = importer;
	}

	/** @return the report of the seeds import, if this was the first start and seeds were found */
	Optional<ImportReport> installOnFirstStart(CorpusStore store, Path dataDirectory) {
		Path marker = dataDirectory.resolve(MARKER);
		if (Files.exists(marker) || !store.projects().isEmpty()) {
			return Optional.empty();
		}
		Optional<Path> seeds = seedsFolder();
		if (seeds.isEmpty()) {
			return Optional.empty();
		}
		Project project = store.project(Workspace.SEEDS_PROJECT).orElseGet(() -> store
				.createProject(Workspace.SEEDS_PROJECT, "Sample corpus: Arabic news on US–Iraq military relations",
						DefaultSchema.create()));
		store.setBoilerplatePhrases(project.getId(), SEEDS_PHRASES);
		project.getBoilerplatePhrases().addAll(SEEDS_PHRASES);
		ImportReport report = importer.run(store, project, List.of(seeds.get()), ImportOptions.defaults(),
				new NullProgressMonitor());
		try {
			Files.writeString(marker, "Seeds imported: " + report.imported().size() + " documents\n");
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write " + marker, e);
		}
		return Optional.of(report);
	}

	static Optional<Path> seedsFolder() {
		String configured = System.getProperty(PROPERTY);
		if (configured != null && !configured.isBlank()) {
			Path path = Path.of(configured);
			return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
		}
		String installArea = System.getProperty("osgi.install.area");
		if (installArea != null) {
			Path path = Path.of(URI.create(installArea.replace(" ", "%20"))).resolve("seeds");
			if (Files.isDirectory(path)) {
				return Optional.of(path);
			}
		}
		return Optional.empty();
	}
}
