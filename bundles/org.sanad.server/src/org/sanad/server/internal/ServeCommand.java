package org.sanad.server.internal;

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
import org.sanad.core.ServerLocation;
import org.sanad.server.ServerOptions;
import org.sanad.server.TeamServer;
import org.sanad.store.Account;
import org.sanad.store.CorpusStore;
import org.sanad.store.CorpusStoreProvider;
import org.sanad.store.StoreAddress;
import org.sanad.workspace.Workspace;

/**
 * {@code sanad [--data DIR] serve [--host ADDR] [--port N] [--http] [--store h2|postgresql://...]}:
 * serves the data folder's store, or one on a PostgreSQL server, to a team until stopped. The data
 * folder keeps the server's certificate either way. On the first start it makes the certificate and an administrator
 * account {@value #FIRST_ADMIN} without a password, and says how to give it one.
 */
@Component(service = Command.class)
public final class ServeCommand implements Command {

	static final String FIRST_ADMIN = "admin";

	@Reference
	private Workspace workspace;

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policyOption = ReferencePolicyOption.GREEDY)
	private List<CorpusStoreProvider> providers;

	@Override
	public String name() {
		return "serve";
	}

	@Override
	public String summary() {
		return "Serve this data folder's store to a team (Sanad server) until stopped";
	}

	@Override
	public String usage() {
		return "[--host ADDRESS] [--port N] [--http] " + StoreChoice.USAGE
				+ "   (--http: plain HTTP, loopback address only; the store's password from " + StoreChoice.PASSWORD
				+ " or --password-file)";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) throws InterruptedException {
		Arguments args = Arguments.parse(arguments, Set.of("http"), StoreChoice.withOptions("host", "port"));
		if (!args.positional().isEmpty()) {
			throw new UsageException("serve takes options only, not " + args.positional());
		}
		if (ServerLocation.current().isPresent()) {
			throw new UsageException("a server serves its own data folder: leave out --server");
		}
		boolean http = args.flag("http");
		ServerOptions options = ServerOptions.defaults().withPlainHttp(http)
				.withHost(args.option("host").orElse(http ? "127.0.0.1" : "0.0.0.0"))
				.withPort((int) args.number("port", ServerOptions.DEFAULT_PORT));
		Optional<StoreAddress> address = StoreChoice.address(args);
		CorpusStore store;
		if (address.isPresent()) {
			store = StoreChoice.open(address.get(), args, providers, System::getenv);
			workspace.useStore(store); // the workspace closes it when the server stops
		} else {
			store = workspace.store();
		}
		String where = address.map(a -> " (store " + a + ")").orElse("");
		firstAdministrator(store, context, address.map(a -> " --store " + a).orElse(""));
		try (TeamServer server = TeamServer.start(store, workspace.dataDirectory(), options)) {
			context.out().printf("Sanad server for %s%s listening on %s://%s:%d%n", workspace.dataDirectory(), where,
					http ? "http" : "https", options.host(), server.port());
			server.fingerprint().ifPresent(f -> context.out().printf("Certificate SHA-256 fingerprint: %s%n"
					+ "(clients pin it when they first connect: tell them, so they can compare)%n", f));
			context.out().println("Stop with Ctrl+C.");
			context.out().flush();
			server.join();
		}
		return ExitCode.OK;
	}

	private void firstAdministrator(CorpusStore store, CommandContext context, String storeOption) {
		List<Account> accounts = store.accounts().list();
		if (accounts.stream().noneMatch(Account::administrator)) {
			store.accounts().add(FIRST_ADMIN, "Administrator", true);
			accounts = store.accounts().list();
		}
		for (Account account : accounts) {
			if (account.administrator() && !account.hasPassword() && !account.disabled()) {
				context.out().printf("The administrator account '%s' has no password, so nobody can sign in as it. "
						+ "Give it one: ./sanad --data %s users passwd %s%s%n", account.id(), workspace.dataDirectory(),
						account.id(), storeOption);
			}
		}
	}
}
