package org.sanad.store.h2.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sanad.store.Account;
import org.sanad.store.Accounts;
import org.sanad.store.StoreException;

/** Accounts in the {@code annotator} table, each change its own transaction. */
final class StoreAccounts implements Accounts {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
	private static final String COLUMNS = "id, display_name, administrator, disabled, password_hash IS NOT NULL, created_at";

	/** Hashed when an account is missing, so that a wrong name takes as long as a wrong password. */
	private static final String DECOY = PasswordHash.of("decoy-password".toCharArray());

	private final Transactions transactions;

	StoreAccounts(Transactions transactions) {
		this.transactions = transactions;
	}

	@Override
	public List<Account> list() {
		return transactions.run("list accounts", c -> {
			try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM annotator ORDER BY id");
					ResultSet rows = select.executeQuery()) {
				List<Account> accounts = new ArrayList<>();
				while (rows.next()) {
					accounts.add(account(rows));
				}
				return accounts;
			}
		});
	}

	@Override
	public Optional<Account> find(String id) {
		return transactions.run("read account " + id, c -> find(c, id));
	}

	static Optional<Account> find(Connection c, String id) throws SQLException {
		try (PreparedStatement select = c.prepareStatement("SELECT " + COLUMNS + " FROM annotator WHERE id = ?")) {
			select.setString(1, id);
			try (ResultSet rows = select.executeQuery()) {
				return rows.next() ? Optional.of(account(rows)) : Optional.empty();
			}
		}
	}

	@Override
	public Account add(String id, String displayName, boolean administrator) {
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("An account name is 1 to 100 letters, digits, '.', '_' or '-', not '"
					+ id + "'");
		}
		return transactions.run("add account " + id, c -> {
			if (find(c, id).isPresent()) {
				throw new StoreException("There is an account '" + id + "' already");
			}
			try (PreparedStatement insert = c.prepareStatement("INSERT INTO annotator (id, display_name,"
					+ " administrator, disabled, created_at) VALUES (?, ?, ?, FALSE, ?)")) {
				insert.setString(1, id);
				insert.setString(2, displayName == null || displayName.isBlank() ? null : displayName.strip());
				insert.setBoolean(3, administrator);
				insert.setObject(4, OffsetDateTime.now());
				insert.executeUpdate();
			}
			return find(c, id).orElseThrow();
		});
	}

	@Override
	public void setPassword(String id, char[] password) {
		if (password == null || password.length < MINIMUM_PASSWORD) {
			throw new IllegalArgumentException("A password needs at least " + MINIMUM_PASSWORD + " characters");
		}
		String hash = PasswordHash.of(password); // slow: outside the transaction
		update("set the password of " + id, "UPDATE annotator SET password_hash = ? WHERE id = ?", hash, id);
	}

	@Override
	public void setDisabled(String id, boolean disabled) {
		update((disabled ? "disable " : "enable ") + id, "UPDATE annotator SET disabled = ? WHERE id = ?", disabled,
				id);
	}

	private void update(String what, String sql, Object value, String id) {
		transactions.run(what, c -> {
			try (PreparedStatement update = c.prepareStatement(sql)) {
				update.setObject(1, value);
				update.setString(2, id);
				if (update.executeUpdate() == 0) {
					throw new StoreException("There is no account '" + id + "'");
				}
			}
			return null;
		});
	}

	@Override
	public Optional<Account> authenticate(String id, char[] password) {
		String[] stored = new String[1];
		Optional<Account> account = transactions.run("sign in " + id, c -> {
			try (PreparedStatement select = c.prepareStatement(
					"SELECT " + COLUMNS + ", password_hash FROM annotator WHERE id = ?")) {
				select.setString(1, id);
				try (ResultSet rows = select.executeQuery()) {
					if (!rows.next()) {
						return Optional.empty();
					}
					stored[0] = rows.getString(7);
					return Optional.of(account(rows));
				}
			}
		});
		boolean matches = PasswordHash.matches(password, stored[0] != null ? stored[0] : DECOY);
		return account.filter(a -> matches && stored[0] != null && !a.disabled());
	}

	private static Account account(ResultSet rows) throws SQLException {
		OffsetDateTime created = rows.getObject(6, OffsetDateTime.class);
		return new Account(rows.getString(1), rows.getString(2), rows.getBoolean(3), rows.getBoolean(4),
				rows.getBoolean(5), created == null ? Instant.EPOCH : created.toInstant());
	}
}
