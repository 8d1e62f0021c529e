/**
 * Plugins of the installed product, through its p2 profile: {@link org.sanad.plugins.Plugins},
 * a DS service that lists what is installed, reads a repository (a folder or a ZIP of a p2
 * repository, or a URL), checks an install before making it, installs, uninstalls and reverts. Changes take
 * effect at the next start. The workbench's Help > Install Plugins... and {@code sanad plugins}
 * use it.
 *
 * <pre>
 * &#64;Reference Plugins plugins;
 * List&lt;PluginUnit&gt; offered = plugins.available(Plugins.repository("repository.zip"), monitor);
 * String report = plugins.check(Plugins.repository("repository.zip"), List.of(offered.get(0).id()), monitor);
 * plugins.install(Plugins.repository("repository.zip"), List.of(offered.get(0).id()), monitor);
 * </pre>
 */
package org.sanad.plugins;
