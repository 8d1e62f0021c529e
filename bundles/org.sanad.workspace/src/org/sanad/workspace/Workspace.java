package org.sanad.workspace;

import org.osgi.annotation.versioning.ProviderType;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportReport;
import org.sanad.model.Project;
import org.sanad.store.CorpusStore;

/** The store of the data folder this process works on. Provided as a DS service. */
@ProviderType
public interface Workspace {

	/** Name of the project the sample corpus is imported into on first start. */
	String SEEDS_PROJECT = "Seeds";

	/** @return the data folder */
	Path dataDirectory();

	/**
	 * @return the store, opened (and on first start seeded) on the first call
	 * @throws org.sanad.store.StoreException if it cannot be opened
	 */
	CorpusStore store();

	/**
	 * @return the store if {@link #store()} opened it already, without opening it: for followers
	 *         that must not be the reason a store is opened (or kept from a restore)
	 * @since 0.3
	 */
	default java.util.Optional<CorpusStore> storeIfOpen() {
		return java.util.Optional.empty();
	}

	/**
	 * Works on another store from now on: a Sanad server the workbench signed in to, or with
	 * {@code null} the data folder's own again. The store in use is closed first (a local one stops
	 * being shared with other processes); callers close what they opened on it before.
	 *
	 * @since 0.3
	 */
	default void useStore(CorpusStore other) {
		throw new UnsupportedOperationException(getClass().getName() + " works on its data folder only");
	}

	/**
	 * Imports files and folders into a project with every available format; long work, so call
	 * it off the UI thread. Canceling through the monitor keeps what was stored before.
	 */
	ImportReport importFiles(Project project, List<Path> inputs, ImportOptions options, IProgressMonitor monitor);

	/**
	 * Replaces the data folder's store with a backup ({@code sanad backup}); a store this workspace
	 * has open is closed first, and opens from the backup at the next {@link #store()}. The search
	 * index, derived from the store, is dropped and built again at the next search.
	 *
	 * @return where the replaced store was kept, or {@code null} if there was none
	 * @throws org.sanad.store.StoreException if another process has the store open, or the file is
	 *                                        no backup; the store is left as it was
	 * @since 0.2
	 */
	Path restore(Path backup);
}
