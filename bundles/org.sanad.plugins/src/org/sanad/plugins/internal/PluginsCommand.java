package org.sanad.plugins.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.osgi.service.component.annotations.Component;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;

/**
 * {@code sanad plugins list|install REPO [IU...]|uninstall IU|revert}: plugins of the installed
 * product, through its p2 profile. An install or uninstall takes effect at the next start.
 */
@Component(service = Command.class)
public final class PluginsCommand implements Command {

	/** The product's own unit, which Tycho installs as the profile's first root. */
	static final String PRODUCT = "org.sanad.product";

	@Override
	public String name() {
		return "plugins";
	}

	@Override
	public String summary() {
		return "List, install or uninstall plugins of this Sanad (from a p2 repository: a folder or a ZIP), or revert";
	}

	@Override
	public String usage() {
		return "list | install REPOSITORY [UNIT...] | uninstall UNIT | revert [REPOSITORY...]";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) throws Exception {
		if (arguments.isEmpty()) {
			throw new UsageException("say what to do: list, install, uninstall or revert");
		}
		List<String> rest = arguments.subList(1, arguments.size());
		switch (arguments.get(0)) {
		case "list" -> list(context);
		case "install" -> {
			if (rest.isEmpty()) {
				throw new UsageException("install needs a repository: a folder or a ZIP of a p2 repository");
			}
			try (Repository repository = Repository.of(rest.get(0))) {
				List<IInstallableUnit> installed = P2.running().install(repository.uri(), rest.subList(1, rest.size()),
						new NullProgressMonitor());
				installed.forEach(u -> context.out().println("Installed " + u.getId() + " " + u.getVersion()));
				context.out().println("Restart Sanad to use it.");
			}
		}
		case "uninstall" -> {
			if (rest.size() != 1) {
				throw new UsageException("uninstall needs the unit to remove (as sanad plugins list shows it)");
			}
			IInstallableUnit removed = P2.running().uninstall(rest.get(0), new NullProgressMonitor());
			context.out().println("Uninstalled " + removed.getId() + " " + removed.getVersion()
					+ ". Restart Sanad for it to be gone.");
		}
		case "revert" -> {
			List<Repository> repositories = new ArrayList<>();
			try {
				for (String given : rest) {
					repositories.add(Repository.of(given));
				}
				String undone = P2.running().revert(repositories.stream().map(Repository::uri).toList(),
						new NullProgressMonitor());
				context.out().println("Reverted: " + undone + ". Restart Sanad.");
			} finally {
				for (Repository repository : repositories) {
					repository.close();
				}
			}
		}
		default -> throw new UsageException("say what to do: list, install, uninstall or revert");
		}
		return ExitCode.OK;
	}

	private static void list(CommandContext context) {
		for (IInstallableUnit unit : P2.running().roots()) {
			String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
			context.out().printf("%-40s %-28s %s%n", unit.getId(), unit.getVersion(),
					unit.getId().equals(PRODUCT) ? "the product" : name == null ? "" : name);
		}
	}

	/** A p2 repository given on the command line: a folder, or a ZIP unpacked for the command's time. */
	record Repository(URI uri, Path unpacked) implements AutoCloseable {

		static Repository of(String given) throws java.io.IOException {
			if (given.matches("(?i)https?://.*")) {
				throw new IllegalArgumentException("Repositories on the web are not supported yet: download "
						+ given + " and give the folder or ZIP");
			}
			Path path = Path.of(given.startsWith("file:") ? URI.create(given).getPath() : given).toAbsolutePath();
			if (Files.isDirectory(path)) {
				if (!Files.exists(path.resolve("content.xml")) && !Files.exists(path.resolve("content.jar"))
						&& !Files.exists(path.resolve("compositeContent.xml"))) {
					throw new IllegalArgumentException(path + " is not a p2 repository (no content.xml or content.jar)");
				}
				return new Repository(path.toUri(), null);
			}
			if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase().endsWith(".zip")) {
				Path folder = Zips.unpack(path);
				return new Repository(folder.toUri(), folder);
			}
			throw new IllegalArgumentException("No repository at " + given + ": give a folder or a ZIP of a p2 repository");
		}

		@Override
		public void close() throws java.io.IOException {
			if (unpacked != null) {
				Zips.delete(unpacked);
			}
		}
	}
}
