package org.sanad.server.internal;

import java.util.List;
import java.util.Optional;

import org.sanad.store.AccessDeniedException;
import org.sanad.store.Account;
import org.sanad.store.Accounts;

/** Accounts as a caller may use them: a server administrator all of them, anyone else their own. */
final class GuardedAccounts implements Accounts {

	private final Accounts accounts;
	private final Permissions can;

	GuardedAccounts(Accounts accounts, Permissions can) {
		this.accounts = accounts;
		this.can = can;
	}

	@Override
	public List<Account> list() {
		can.requireServerAdministrator();
		return accounts.list();
	}

	@Override
	public Optional<Account> find(String id) {
		requireSelfOrAdministrator(id);
		return accounts.find(id);
	}

	@Override
	public Account add(String id, String displayName, boolean administrator) {
		can.requireServerAdministrator();
		return accounts.add(id, displayName, administrator);
	}

	@Override
	public void setPassword(String id, char[] password) {
		requireSelfOrAdministrator(id);
		accounts.setPassword(id, password);
	}

	@Override
	public void setDisabled(String id, boolean disabled) {
		can.requireServerAdministrator();
		if (id.equals(can.user()) && disabled) {
			throw new IllegalArgumentException("An administrator cannot disable their own account");
		}
		accounts.setDisabled(id, disabled);
	}

	@Override
	public Optional<Account> authenticate(String id, char[] password) {
		throw new AccessDeniedException(); // signing in has its own path, with its own throttle
	}

	private void requireSelfOrAdministrator(String id) {
		if (!can.serverAdministrator() && !can.user().equals(id)) {
			throw new AccessDeniedException();
		}
	}
}
