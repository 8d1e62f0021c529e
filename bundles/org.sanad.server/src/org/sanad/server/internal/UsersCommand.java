package org.sanad.server.internal;

import java.io.Console;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.sanad.cli.Arguments;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;
import org.sanad.store.Account;
import org.sanad.store.Accounts;
import org.sanad.store.CorpusStore;
import org.sanad.store.CorpusStoreProvider;
import org.sanad.store.StoreAddress;
import org.sanad.workspace.Workspace;

/**
 * {@code sanad users list|add|passwd|disable|enable}: the accounts of a server, on its data folder
 * or, as an administrator, through {@code --server}. New passwords are typed twice on the terminal,
 * or come from {@value #NEW_PASSWORD} for scripts; never from an argument.
 */
@Component(service = Command.class)
public final class UsersCommand implements Command {

	static final String NEW_PASSWORD = "SANAD_NEW_PASSWORD";

	@Reference
	private Workspace workspace;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
	private List<CorpusStoreProvider> providers;

	@Override
	public String name() {
		return "users";
	}

	@Override
	public String summary() {
		return "List, add, disable or enable accounts of a Sanad server, or set a password";
	}

	@Override
	public String usage() {
		return "list | add NAME [--display-name TEXT] [--admin] | passwd NAME | disable NAME | enable NAME   "
				+ StoreChoice.USAGE;
	}

	@Override
	public int run(List<String> arguments, CommandContext context) {
		Arguments args = Arguments.parse(arguments, Set.of("admin"), StoreChoice.withOptions("display-name"));
		List<String> words = args.positional();
		if (words.isEmpty()) {
			throw new UsageException("say what to do: list, add, passwd, disable or enable");
		}
		Optional<StoreAddress> address = StoreChoice.address(args);
		if (address.isEmpty()) {
			return run(args, words, workspace.store().accounts(), context);
		}
		try (CorpusStore store = StoreChoice.open(address.get(), args, providers, System::getenv)) {
			return run(args, words, store.accounts(), context);
		}
	}

	private int run(Arguments args, List<String> words, Accounts accounts, CommandContext context) {
		String action = words.get(0);
		if (action.equals("list")) {
			list(accounts, context);
			return ExitCode.OK;
		}
		if (words.size() != 2) {
			throw new UsageException(action + " takes one account name");
		}
		String name = words.get(1);
		switch (action) {
		case "add" -> {
			char[] password = newPassword(name); // asked first: a refused one leaves no account behind
			try {
				if (password.length < Accounts.MINIMUM_PASSWORD) {
					throw new IllegalArgumentException("A password needs at least " + Accounts.MINIMUM_PASSWORD
							+ " characters");
				}
				accounts.add(name, args.option("display-name").orElse(null), args.flag("admin"));
				accounts.setPassword(name, password);
			} finally {
				Arrays.fill(password, '\0');
			}
			context.out().printf("Added %s%s%n", args.flag("admin") ? "administrator " : "", name);
		}
		case "passwd" -> {
			setPassword(accounts, name);
			context.out().printf("Set the password of %s%n", name);
		}
		case "disable", "enable" -> {
			accounts.setDisabled(name, action.equals("disable"));
			context.out().printf("%s %s%n", action.equals("disable") ? "Disabled" : "Enabled", name);
		}
		default -> throw new UsageException("unknown action '" + action + "'");
		}
		return ExitCode.OK;
	}

	private static void list(Accounts accounts, CommandContext context) {
		for (Account a : accounts.list()) {
			context.out().printf("%-20s %-14s %-9s %s%s%n", a.id(), a.administrator() ? "administrator" : "",
					a.disabled() ? "disabled" : "enabled", a.hasPassword() ? "" : "(no password) ",
					a.displayName() == null ? "" : a.displayName());
		}
	}

	private static void setPassword(Accounts accounts, String name) {
		char[] password = newPassword(name);
		try {
			accounts.setPassword(name, password);
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	private static char[] newPassword(String name) {
		String given = System.getenv(NEW_PASSWORD);
		if (given != null && !given.isEmpty()) {
			return given.toCharArray();
		}
		Console console = System.console();
		if (console == null) {
			throw new UsageException("no terminal to ask for the new password of " + name + ": set " + NEW_PASSWORD);
		}
		char[] first = console.readPassword("New password for %s (at least %d characters): ", name,
				Accounts.MINIMUM_PASSWORD);
		char[] second = console.readPassword("Once more: ");
		if (first == null || second == null || !Arrays.equals(first, second)) {
			throw new UsageException("the two passwords differ");
		}
		Arrays.fill(second, '\0');
		return first;
	}
}
