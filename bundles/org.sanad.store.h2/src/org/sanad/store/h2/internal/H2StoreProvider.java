package org.sanad.store.h2.internal;

import java.nio.file.Path;

import org.osgi.service.component.annotations.Component;
import org.sanad.store.CorpusStore;
import org.sanad.store.CorpusStoreProvider;

/** Sanad's default store: an embedded H2 file database in the data folder. */
@Component(service = CorpusStoreProvider.class, property = "service.ranking:Integer=0")
public final class H2StoreProvider implements CorpusStoreProvider {

	@Override
	public String name() {
		return "h2";
	}

	@Override
	public CorpusStore open(Path dataDirectory) {
		return JdbcCorpusStore.open(dataDirectory, new H2Dialect());
	}

	@Override
	public Path restore(Path dataDirectory, Path backup) {
		return H2Restore.restore(dataDirectory, backup);
	}
}
