package org.sanad.plugins;

import java.net.URI;
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

	/**
	 * @param given a folder or a ZIP of a p2 repository, or the URL of one on the web
	 * @return the repository's address as the other methods take it
	 */
	static URI repository(String given) {
		if (given.matches("(?i)https?://.*")) {
			return URI.create(given);
		}
		return Path.of(given.startsWith("file:") ? URI.create(given).getPath() : given).toAbsolutePath().toUri();
	}

	/** @return the units at the installation's top: the product and each plugin installed */
	List<PluginUnit> installed();

	/** @return the features a repository (a folder or a ZIP of a p2 repository, or a URL) offers */
	List<PluginUnit> available(URI repository, IProgressMonitor monitor);

	/**
	 * Plans an install without making it.
	 *
	 * @return what would be installed (units with their dependencies), one a line
	 * @throws IllegalStateException naming what is missing when the installation cannot take them
	 */
	String check(URI repository, List<String> unitIds, IProgressMonitor monitor);

	/** Installs units of a repository (all its features when none is named); effective at the next start. */
	List<PluginUnit> install(URI repository, List<String> unitIds, IProgressMonitor monitor);

	/** Removes an installed plugin; effective at the next start. */
	PluginUnit uninstall(String unitId, IProgressMonitor monitor);

	/**
	 * Undoes the last install or uninstall still in effect.
	 *
	 * @param repositories where to find what comes back, if an uninstall removed its files
	 * @return the change undone
	 */
	String revert(List<URI> repositories, IProgressMonitor monitor);
}
