package org.sanad.store;

import org.osgi.annotation.versioning.ProviderType;

import java.nio.file.Path;

/** Opens stores of one kind; Sanad's own is embedded H2. Provide it as a DS service. */
@ProviderType
public interface CorpusStoreProvider {

	/** @return a short name, for example {@code h2} */
	String name();

	/**
	 * Opens (creating or upgrading if needed) the store that lives in a data folder.
	 *
	 * @throws StoreException if it cannot be opened, for example because another process holds it
	 */
	CorpusStore open(Path dataDirectory);

	/**
	 * Replaces the store of a data folder with a backup made by {@link CorpusStore#backup}. The
	 * store must not be open anywhere; the store it replaces is kept beside it until the backup
	 * opened, and put back if it did not.
	 *
	 * @return where the replaced store was kept, or {@code null} if the folder had none
	 * @throws StoreException if the store is in use, or the file is not a backup of this kind
	 * @since 0.7
	 */
	default Path restore(Path dataDirectory, Path backup) {
		throw new UnsupportedOperationException(getClass().getName() + " does not restore backups");
	}

	/**
	 * Opens (creating or upgrading if needed) a store on a database server, for providers whose
	 * {@link #name()} is the address's scheme.
	 *
	 * @param password the database account's password, or {@code null} where the server needs none;
	 *                 the provider does not keep the array
	 * @throws StoreException if the server cannot be reached or refuses the account
	 * @since 1.1
	 */
	default CorpusStore open(StoreAddress address, char[] password) {
		throw new UnsupportedOperationException("The " + name() + " store lives in a data folder, not at " + address);
	}
}
