package org.sanad.plugins.internal;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;
import org.sanad.plugins.PluginUnit;
import org.sanad.plugins.Plugins;

/**
 * {@code sanad plugins list|install REPO [IU...]|uninstall IU|revert}: plugins of the installed
 * product, through its p2 profile. An install or uninstall takes effect at the next start.
 */
@Component(service = Command.class)
public final class PluginsCommand implements Command {

	/** The product's own unit, which Tycho installs as the profile's first root. */
	static final String PRODUCT = "org.sanad.product";

	@Reference
	private Plugins plugins;

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
	public int run(List<String> arguments, CommandContext context) {
		if (arguments.isEmpty()) {
			throw new UsageException("say what to do: list, install, uninstall or revert");
		}
		List<String> rest = arguments.subList(1, arguments.size());
		var monitor = new NullProgressMonitor();
		switch (arguments.get(0)) {
		case "list" -> plugins.installed().forEach(
				u -> context.out().printf("%-40s %-28s %s%n", u.id(), u.version(), u.name()));
		case "install" -> {
			if (rest.isEmpty()) {
				throw new UsageException("install needs a repository: a folder or a ZIP of a p2 repository");
			}
			for (PluginUnit unit : plugins.install(Plugins.repository(rest.get(0)), rest.subList(1, rest.size()), monitor)) {
				context.out().println("Installed " + unit.id() + " " + unit.version());
			}
			context.out().println("Restart Sanad to use it.");
		}
		case "uninstall" -> {
			if (rest.size() != 1) {
				throw new UsageException("uninstall needs the unit to remove (as sanad plugins list shows it)");
			}
			PluginUnit removed = plugins.uninstall(rest.get(0), monitor);
			context.out().println("Uninstalled " + removed.id() + " " + removed.version()
					+ ". Restart Sanad for it to be gone.");
		}
		case "revert" -> context.out().println("Reverted: " + plugins.revert(rest.stream().map(Plugins::repository).toList(),
				monitor) + ". Restart Sanad.");
		default -> throw new UsageException("say what to do: list, install, uninstall or revert");
		}
		return ExitCode.OK;
	}
}
