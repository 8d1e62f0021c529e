package org.sanad.plugins;

/**
 * An installable unit: a plugin's feature as a repository offers it, or a root of the
 * installation.
 *
 * @param id      p2's id, for example {@code org.example.sanad.gazetteer.feature.feature.group}
 * @param version its version
 * @param name    its name for people, or the id when it has none
 */
public record PluginUnit(String id, String version, String name) {
}
