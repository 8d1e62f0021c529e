package org.sanad.workspace.internal;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.sanad.core.DataLocation;
import org.sanad.core.ServerLocation;
import org.sanad.importer.DocumentFormat;
import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportReport;
import org.sanad.importer.internal.DocumentImporter;
import org.sanad.model.Project;
import org.sanad.store.CorpusStore;
import org.sanad.store.CorpusStoreProvider;
import org.sanad.store.StoreInUseException;
import org.sanad.store.remote.LocalAccess;
import org.sanad.workspace.Workspace;

/** The workspace of this process: the store of {@link DataLocation#current()}, opened on first use. */
@Component(service = Workspace.class)
public final class WorkspaceComponent implements Workspace {

	@Reference
	private CorpusStoreProvider provider;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
	private List<DocumentFormat> formats;

	private CorpusStore store;

	@Override
	public Path dataDirectory() {
		return DataLocation.current();
	}

	@Override
	public synchronized CorpusStore store() {
		if (store == null && ServerLocation.current().isPresent()) {
			store = ServerSignIn.connect(ServerLocation.current().get(), dataDirectory());
		}
		if (store == null) {
			CorpusStore opened;
			try {
				opened = provider.open(dataDirectory());
			} catch (StoreInUseException e) {
				// Another Sanad process of this user has it open: work through that one.
				store = LocalAccess.connect(dataDirectory());
				return store;
			}
			try {
				new SeedsInstaller(importer()).installOnFirstStart(opened, dataDirectory());
			} catch (RuntimeException e) {
				opened.close();
				throw e;
			}
			store = opened;
			shared = bundles.registerService(CorpusStore.class, opened,
					new java.util.Hashtable<>(java.util.Map.of("sanad.data", dataDirectory().toString())));
		}
		return store;
	}

	/** The store this process opened, as a service: org.sanad.server shares it with the owner's other processes. */
	private org.osgi.framework.ServiceRegistration<CorpusStore> shared;

	private org.osgi.framework.BundleContext bundles;

	@org.osgi.service.component.annotations.Activate
	void activate(org.osgi.framework.BundleContext context) {
		this.bundles = context;
	}

	@Override
	public synchronized void useStore(CorpusStore other) {
		close();
		store = other;
	}

	@Override
	public synchronized java.util.Optional<CorpusStore> storeIfOpen() {
		return java.util.Optional.ofNullable(store);
	}

	@Override
	public ImportReport importFiles(Project project, List<Path> inputs, ImportOptions options,
			IProgressMonitor monitor) {
		return importer().run(store(), project, inputs, options, monitor);
	}

	private DocumentImporter importer() {
		return new DocumentImporter(formats);
	}

	@Override
	public synchronized Path restore(Path backup) {
		if (ServerLocation.current().isPresent()) {
			throw new UnsupportedOperationException("A server's store is restored on the server: stop it and run "
					+ "./sanad --data DIR restore FILE there");
		}
		close();
		Path kept = provider.restore(dataDirectory(), backup);
		dropDerived(dataDirectory().resolve(DERIVED_INDEX));
		return kept;
	}

	/**
	 * The search index's folder: built from the store, it would hold documents the restored store
	 * does not (and miss others); it is built again at the next search.
	 */
	private static final String DERIVED_INDEX = "index";

	private static void dropDerived(Path folder) {
		if (!java.nio.file.Files.exists(folder)) {
			return;
		}
		try (var walk = java.nio.file.Files.walk(folder)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				java.nio.file.Files.delete(p);
			}
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException("Restored, but could not remove the old search index in " + folder
					+ ": delete that folder before searching (" + e.getMessage() + ")", e);
		}
	}

	@Deactivate
	synchronized void close() {
		if (shared != null) {
			shared.unregister(); // stops sharing before the store closes
			shared = null;
		}
		if (store != null) {
			store.close();
			store = null;
		}
	}
}
