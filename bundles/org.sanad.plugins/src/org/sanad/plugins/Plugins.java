package org.sanad.plugins;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Plugins of the running installation. Long calls take a monitor (progress and cancel); none may
 * run on the UI thread. Errors are exceptions whose message is one sentence for the user: an
 * {@link IllegalArgumentException} for a bad repository or unit, an {@link IllegalStateException}
 * when p2 cannot do it (with what is missing).
 */
@ProviderType
public interface Plugins {

	/** @return the units at the installation's top: the product and each plugin installed */
	List<PluginUnit> installed();

	/** @return the features a repository (a folder or a ZIP of a p2 repository) offers */
	List<PluginUnit> available(Path repository, IProgressMonitor monitor);

	/**
	 * Plans an install without making it.
	 *
	 * @return what would be installed (units with their dependencies), one a line
	 * @throws IllegalStateException naming what is missing when the installation cannot take them
	 */
	String check(Path repository, List<String> unitIds, IProgressMonitor monitor);

	/** Installs units of a repository (all its features when none is named); effective at the next start. */
	List<PluginUnit> install(Path repository, List<String> unitIds, IProgressMonitor monitor);

	/** Removes an installed plugin; effective at the next start. */
	PluginUnit uninstall(String unitId, IProgressMonitor monitor);

	/**
	 * Undoes the last install or uninstall still in effect.
	 *
	 * @param repositories where to find what comes back, if an uninstall removed its files
	 * @return the change undone
	 */
	String revert(List<Path> repositories, IProgressMonitor monitor);
}
