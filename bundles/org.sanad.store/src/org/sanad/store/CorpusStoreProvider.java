package org.sanad.store;

import java.nio.file.Path;

/** Opens stores of one kind; Sanad's own is embedded H2. Provide it as a DS service. */
public interface CorpusStoreProvider {

	/** @return a short name, for example {@code h2} */
	String name();

	/**
	 * Opens (creating or upgrading if needed) the store that lives in a data folder.
	 *
	 * @throws StoreException if it cannot be opened, for example because another process holds it
	 */
	CorpusStore open(Path dataDirectory);
}
