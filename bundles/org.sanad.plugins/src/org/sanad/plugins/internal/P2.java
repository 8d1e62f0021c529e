package org.sanad.plugins.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IEngine;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.IProvisioningPlan;
import org.eclipse.equinox.p2.engine.PhaseSetFactory;
import org.eclipse.equinox.p2.engine.ProvisioningContext;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.planner.IPlanner;
import org.eclipse.equinox.p2.planner.IProfileChangeRequest;
import org.eclipse.equinox.p2.query.IQueryResult;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * The running installation's p2: its profile, and changes to it planned by p2's planner and made
 * by its engine (which rewrites the installation's {@code bundles.info}; the running framework
 * sees them at the next start). Each change Sanad makes is tagged, so {@link #revert} never goes
 * below the state the product was installed in.
 */
final class P2 {

	/** The tag on profile states Sanad's changes made. */
	static final String TAG_PREFIX = "sanad plugins ";

	private final IProvisioningAgent agent;
	private final IProfileRegistry registry;

	private P2(IProvisioningAgent agent) {
		this.agent = agent;
		this.registry = agent.getService(IProfileRegistry.class);
	}

	/** @return p2 of the running installation */
	static P2 running() {
		BundleContext bundles = FrameworkUtil.getBundle(P2.class).getBundleContext();
		ServiceReference<IProvisioningAgent> reference = bundles.getServiceReference(IProvisioningAgent.class);
		IProvisioningAgent agent = reference == null ? null : bundles.getService(reference);
		if (agent == null) {
			throw new IllegalStateException("p2 is not running in this installation (no provisioning agent)");
		}
		return new P2(agent);
	}

	/** @return the installation's profile now */
	IProfile profile() {
		IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
		if (profile == null) {
			throw new IllegalStateException("This installation has no p2 profile (it was not installed by p2:"
					+ " a development build, or its p2 folder is missing)");
		}
		return profile;
	}

	/** @return the units at the profile's top (the product and each plugin installed), by id */
	List<IInstallableUnit> roots() {
		IProfile profile = profile();
		return profile.query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet().stream()
				.filter(unit -> "true".equals(profile.getInstallableUnitProperty(unit, IProfile.PROP_PROFILE_ROOT_IU)))
				.sorted(Comparator.comparing(IInstallableUnit::getId)).toList();
	}

	/**
	 * Installs units of a repository, or its features when no id is given.
	 *
	 * @return the units installed
	 */
	List<IInstallableUnit> install(URI repository, List<String> ids, IProgressMonitor monitor) throws ProvisionException {
		Planned planned = plan(repository, ids, monitor);
		perform(planned.plan(), "install " + names(planned.units()), planned.context(), monitor);
		return List.copyOf(planned.units());
	}

	/** An install planned: the units asked for, the plan, and where its artifacts come from. */
	record Planned(Set<IInstallableUnit> units, IProvisioningPlan plan, ProvisioningContext context) {

		/** @return what the plan adds, one unit a line, or why it cannot be done */
		String report() {
			if (!plan.getStatus().isOK() && plan.getStatus().getSeverity() != IStatus.INFO) {
				throw new IllegalStateException("Cannot install " + names(units) + ": " + describe(plan.getStatus()));
			}
			return String.join("\n", plan.getAdditions().query(QueryUtil.createIUAnyQuery(), null).toUnmodifiableSet()
					.stream().filter(u -> !u.getId().endsWith(".feature.jar"))
					.map(u -> u.getId() + " " + u.getVersion()).sorted().toList());
		}
	}

	/** @return the features a repository offers, newest version of each */
	List<IInstallableUnit> features(URI repository, IProgressMonitor monitor) throws ProvisionException {
		IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class).loadRepository(repository,
				monitor);
		return metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), monitor).toUnmodifiableSet()
				.stream().sorted(Comparator.comparing(IInstallableUnit::getId)).toList();
	}

	/** Plans installing units of a repository (its features when none is named) without making the change. */
	Planned plan(URI repository, List<String> ids, IProgressMonitor monitor) throws ProvisionException {
		IMetadataRepository metadata = agent.getService(IMetadataRepositoryManager.class).loadRepository(repository,
				monitor);
		agent.getService(IArtifactRepositoryManager.class).loadRepository(repository, monitor);
		Set<IInstallableUnit> units = new LinkedHashSet<>();
		if (ids.isEmpty()) {
			units.addAll(metadata.query(QueryUtil.createLatestQuery(QueryUtil.createIUGroupQuery()), monitor)
					.toUnmodifiableSet());
			if (units.isEmpty()) {
				throw new IllegalArgumentException("The repository " + repository + " has no features to install");
			}
		}
		for (String id : ids) {
			IQueryResult<IInstallableUnit> found = metadata
					.query(QueryUtil.createLatestQuery(QueryUtil.createIUQuery(id)), monitor);
			if (found.isEmpty()) {
				throw new IllegalArgumentException("The repository " + repository + " has no unit " + id);
			}
			units.addAll(found.toUnmodifiableSet());
		}
		IProfile profile = profile();
		IPlanner planner = agent.getService(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile);
		for (IInstallableUnit unit : units) {
			request.add(unit);
			request.setInstallableUnitProfileProperty(unit, IProfile.PROP_PROFILE_ROOT_IU, "true");
		}
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories(repository);
		context.setArtifactRepositories(repository);
		return new Planned(units, planner.getProvisioningPlan(request, context, monitor), context);
	}

	/** Removes an installed plugin (a root of the profile other than the product). */
	IInstallableUnit uninstall(String id, IProgressMonitor monitor) {
		IInstallableUnit unit = roots().stream().filter(u -> u.getId().equals(id)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No plugin " + id + " is installed (sanad plugins list)"));
		if (unit.getId().equals(PluginsCommand.PRODUCT)) {
			throw new IllegalArgumentException(id + " is the product itself, not a plugin");
		}
		IPlanner planner = agent.getService(IPlanner.class);
		IProfileChangeRequest request = planner.createChangeRequest(profile());
		request.remove(unit);
		ProvisioningContext context = new ProvisioningContext(agent);
		context.setMetadataRepositories();
		context.setArtifactRepositories();
		perform(planner.getProvisioningPlan(request, context, monitor), "uninstall " + id, context, monitor);
		return unit;
	}

	/**
	 * Undoes Sanad's last install or uninstall that is still in effect (reverts undo in turn, like
	 * an undo stack: two reverts undo the last two changes). The artifacts of what comes back must
	 * still be in the installation or in {@code repositories} (an uninstall removes them).
	 *
	 * @return the change undone
	 */
	String revert(List<URI> repositories, IProgressMonitor monitor) {
		IProfile profile = profile();
		String id = profile.getProfileId();
		long[] states = registry.listProfileTimestamps(id);
		Arrays.sort(states);
		int reverted = 0;
		for (int i = states.length - 1; i > 0; i--) {
			String tag = registry.getProfileStateProperties(id, states[i]).get(IProfile.STATE_PROP_TAG);
			if (tag == null || !tag.startsWith(TAG_PREFIX)) {
				break; // the state the product was installed in, or a change Sanad did not make
			}
			String change = tag.substring(TAG_PREFIX.length());
			if (change.startsWith(REVERT)) {
				reverted++;
			} else if (reverted > 0) {
				reverted--;
			} else {
				for (URI repository : repositories) {
					try {
						agent.getService(IArtifactRepositoryManager.class).loadRepository(repository, monitor);
					} catch (ProvisionException e) {
						throw new IllegalArgumentException("Cannot read the repository " + repository + ": "
								+ e.getMessage(), e);
					}
				}
				IProfile before = registry.getProfile(id, states[i - 1]);
				IPlanner planner = agent.getService(IPlanner.class);
				ProvisioningContext context = new ProvisioningContext(agent);
				context.setMetadataRepositories(repositories.toArray(URI[]::new));
				context.setArtifactRepositories(repositories.toArray(URI[]::new));
				perform(planner.getDiffPlan(profile, before, monitor), REVERT + change, context, monitor);
				return change;
			}
		}
		throw new IllegalStateException("Nothing to revert: no plugin was installed or removed since the installation");
	}

	private static final String REVERT = "revert: ";

	private void perform(IProvisioningPlan plan, String what, ProvisioningContext context, IProgressMonitor monitor) {
		if (!plan.getStatus().isOK() && plan.getStatus().getSeverity() != IStatus.INFO) {
			throw new IllegalStateException("Cannot " + what + ": " + describe(plan.getStatus()));
		}
		IStatus done = agent.getService(IEngine.class).perform(plan, PhaseSetFactory.createDefaultPhaseSet(), monitor);
		if (done.getSeverity() == IStatus.ERROR || done.getSeverity() == IStatus.CANCEL) {
			throw new IllegalStateException("Could not " + what + ": " + describe(done));
		}
		String id = plan.getProfile().getProfileId();
		long[] states = registry.listProfileTimestamps(id);
		Arrays.sort(states);
		IStatus tagged = registry.setProfileStateProperty(id, states[states.length - 1], IProfile.STATE_PROP_TAG,
				TAG_PREFIX + what);
		if (!tagged.isOK()) {
			throw new IllegalStateException("Done, but could not mark the change for revert: " + describe(tagged));
		}
	}

	/** @return the status's message and those of its children, the missing requirements among them, on one line */
	static String describe(IStatus status) {
		List<String> parts = new ArrayList<>();
		collect(status, parts);
		return String.join("; ", new LinkedHashSet<>(parts));
	}

	private static void collect(IStatus status, List<String> parts) {
		if (status.getMessage() != null && !status.getMessage().isBlank()) {
			parts.add(status.getMessage().strip().replaceAll("\\s+", " "));
		}
		for (IStatus child : status.getChildren()) {
			collect(child, parts);
		}
	}

	static String names(Set<IInstallableUnit> units) {
		return String.join(", ", units.stream().map(u -> u.getId() + " " + u.getVersion()).toList());
	}
}
