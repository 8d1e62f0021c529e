package org.sanad.plugins.internal;

import java.util.Comparator;
import java.util.List;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.sanad.cli.Command;
import org.sanad.cli.CommandContext;
import org.sanad.cli.ExitCode;
import org.sanad.cli.UsageException;

/**
 * {@code sanad plugins list}: what the installation's p2 profile holds at its top, the product and
 * the plugins installed into it, with their versions. Installing and removing plugins come next
 * (see docs/dev/plugins-plan.md).
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
		return "List what is installed in this Sanad (the product and its plugins), from its p2 profile";
	}

	@Override
	public String usage() {
		return "list";
	}

	@Override
	public int run(List<String> arguments, CommandContext context) throws Exception {
		if (arguments.size() != 1 || !arguments.get(0).equals("list")) {
			throw new UsageException("say what to do: list");
		}
		IProfile profile = profile();
		List<IInstallableUnit> roots = profile.query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet().stream()
				.filter(unit -> "true".equals(profile.getInstallableUnitProperty(unit, IProfile.PROP_PROFILE_ROOT_IU)))
				.sorted(Comparator.comparing(IInstallableUnit::getId)).toList();
		for (IInstallableUnit unit : roots) {
			String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
			context.out().printf("%-40s %-28s %s%n", unit.getId(), unit.getVersion(),
					unit.getId().equals(PRODUCT) ? "the product" : name == null ? "" : name);
		}
		return ExitCode.OK;
	}

	/** @return the running installation's profile, as p2 records it in the product's {@code p2/} folder */
	static IProfile profile() {
		BundleContext bundles = FrameworkUtil.getBundle(PluginsCommand.class).getBundleContext();
		ServiceReference<IProvisioningAgent> reference = bundles.getServiceReference(IProvisioningAgent.class);
		IProvisioningAgent agent = reference == null ? null : bundles.getService(reference);
		if (agent == null) {
			throw new IllegalStateException("p2 is not running in this installation (no provisioning agent)");
		}
		IProfileRegistry registry = agent.getService(IProfileRegistry.class);
		IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
		if (profile == null) {
			throw new IllegalStateException("This installation has no p2 profile (it was not installed by p2:"
					+ " a development build, or the p2 folder is missing)");
		}
		return profile;
	}
}
