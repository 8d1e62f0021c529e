package org.sanad.store;

/**
 * Another process has the store open (a workbench, a command, a server). Sanad's processes reach
 * a store another one holds through that process: see {@code org.sanad.store.remote.LocalAccess}.
 *
 * @since 0.8
 */
public class StoreInUseException extends StoreException {

	private static final long serialVersionUID = 1L;

	public StoreInUseException(String message, Throwable cause) {
		super(message, cause);
	}
}
