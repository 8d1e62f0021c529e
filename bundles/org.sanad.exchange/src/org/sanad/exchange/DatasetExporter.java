package org.sanad.exchange;

import org.osgi.annotation.versioning.ProviderType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.sanad.model.Project;
import org.sanad.store.CorpusStore;

/**
 * Exports a project's annotation sets as a dataset: the files of an {@link ExportFormat} and a
 * dataset card ({@code README.md} and {@code card.json}) with counts, the offset unit and the
 * SHA-256 of every file. Provided as a DS service.
 */
@ProviderType
public interface DatasetExporter {

	/** @return the formats available, by name */
	List<ExportFormat> formats();

	/**
	 * Exports; long work, so call it off the UI thread. Streams documents in pages: memory does not
	 * grow with the corpus.
	 *
	 * @param directory a folder that does not exist or is empty; it holds the dataset only once the
	 *                  export succeeded, and nothing when it failed or was canceled
	 * @throws IllegalArgumentException for options that cannot be taken (an unknown format, a
	 *                                  folder that is not empty), naming what is wrong
	 * @throws IOException              when a file cannot be written; nothing is left in {@code directory}
	 */
	ExportReport export(CorpusStore store, Project project, ExportOptions options, Path directory,
			IProgressMonitor monitor) throws IOException;
}
