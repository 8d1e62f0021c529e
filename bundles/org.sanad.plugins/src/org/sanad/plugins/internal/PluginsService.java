package org.sanad.plugins.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.osgi.service.component.annotations.Component;
import org.sanad.plugins.PluginUnit;
import org.sanad.plugins.Plugins;

/** {@link Plugins} on the running installation's p2, for the command and the workbench. */
@Component(service = Plugins.class)
public final class PluginsService implements Plugins {

	@Override
	public List<PluginUnit> installed() {
		return P2.running().roots().stream().map(PluginsService::unit).toList();
	}

	@Override
	public List<PluginUnit> available(URI repository, IProgressMonitor monitor) {
		try (Repository opened = Repository.of(repository)) {
			return P2.running().features(opened.uri(), monitor).stream().map(PluginsService::unit).toList();
		} catch (ProvisionException e) {
			throw unreadable(repository, e);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + repository + ": " + e.getMessage(), e);
		}
	}

	@Override
	public String check(URI repository, List<String> unitIds, IProgressMonitor monitor) {
		try (Repository opened = Repository.of(repository)) {
			return P2.running().plan(opened.uri(), unitIds, monitor).report();
		} catch (ProvisionException e) {
			throw unreadable(repository, e);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + repository + ": " + e.getMessage(), e);
		}
	}

	@Override
	public List<PluginUnit> install(URI repository, List<String> unitIds, IProgressMonitor monitor) {
		try (Repository opened = Repository.of(repository)) {
			return P2.running().install(opened.uri(), unitIds, monitor).stream().map(PluginsService::unit).toList();
		} catch (ProvisionException e) {
			throw unreadable(repository, e);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + repository + ": " + e.getMessage(), e);
		}
	}

	@Override
	public PluginUnit uninstall(String unitId, IProgressMonitor monitor) {
		return unit(P2.running().uninstall(unitId, monitor));
	}

	@Override
	public String revert(List<URI> repositories, IProgressMonitor monitor) {
		List<Repository> opened = new ArrayList<>();
		try {
			for (URI repository : repositories) {
				opened.add(Repository.of(repository));
			}
			return P2.running().revert(opened.stream().map(Repository::uri).toList(), monitor);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read a repository: " + e.getMessage(), e);
		} finally {
			for (Repository repository : opened) {
				try {
					repository.close();
				} catch (IOException e) {
					// a temporary folder left behind: nothing the user has to act on
				}
			}
		}
	}

	private static IllegalArgumentException unreadable(URI repository, ProvisionException e) {
		return new IllegalArgumentException("Cannot read the repository " + repository + ": " + e.getMessage(), e);
	}

	static PluginUnit unit(IInstallableUnit unit) {
		String name = unit.getProperty(IInstallableUnit.PROP_NAME, null);
		return new PluginUnit(unit.getId(), unit.getVersion().toString(),
				unit.getId().equals(PluginsCommand.PRODUCT) ? "the product" : name == null ? unit.getId() : name);
	}
}
