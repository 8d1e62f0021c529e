/**
 * Plugins of the installed product, through its p2 profile: {@link org.sanad.plugins.Plugins},
 * a DS service that lists what is installed, reads a repository (a folder or a ZIP of a p2
 * repository), checks an install before making it, installs, uninstalls and reverts. Changes take
 * effect at the next start. The workbench's Help > Install Plugins... and {@code sanad plugins}
 * use it.
 *
 * <pre>
 * &#64;Reference Plugins plugins;
 * List&lt;PluginUnit&gt; offered = plugins.available(Path.of("repository.zip"), monitor);
 * String report = plugins.check(Path.of("repository.zip"), List.of(offered.get(0).id()), monitor);
 * plugins.install(Path.of("repository.zip"), List.of(offered.get(0).id()), monitor);
 * </pre>
 */
package org.sanad.plugins;
