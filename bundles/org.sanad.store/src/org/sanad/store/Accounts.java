package org.sanad.store;

import org.osgi.annotation.versioning.ProviderType;

import java.util.List;
import java.util.Optional;

/**
 * The accounts of a store: who may sign in to the server that owns it. Passwords are kept only as
 * slow salted hashes; nothing hands a password or its hash back out.
 *
 * @since 0.8
 */
@ProviderType
public interface Accounts {

	/** @return every account, by id */
	List<Account> list();

	/** @return the account with this id */
	Optional<Account> find(String id);

	/**
	 * Adds an account without a password.
	 *
	 * @param id a sign-in name: letters, digits, {@code . _ -}, at most 100 characters
	 * @throws IllegalArgumentException if the id is not such a name
	 * @throws StoreException           if the account exists
	 */
	Account add(String id, String displayName, boolean administrator);

	/**
	 * Sets an account's password; the caller's array may be cleared afterwards.
	 *
	 * @throws IllegalArgumentException if the password is shorter than {@value #MINIMUM_PASSWORD}
	 *                                  characters
	 * @throws StoreException           if there is no such account
	 */
	void setPassword(String id, char[] password);

	/** Enables or disables signing in. @throws StoreException if there is no such account */
	void setDisabled(String id, boolean disabled);

	/**
	 * Checks a password.
	 *
	 * @return the account, if it exists, is enabled and the password is its password
	 */
	Optional<Account> authenticate(String id, char[] password);

	/** Shortest password {@link #setPassword} takes. */
	int MINIMUM_PASSWORD = 10;
}
