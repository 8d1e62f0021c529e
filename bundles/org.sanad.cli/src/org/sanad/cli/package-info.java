/**
 * Headless commands of {@code ./sanad <command>}.
 *
 * <p>To add a command, a bundle provides a {@link org.sanad.cli.Command} as an OSGi Declarative
 * Services component:
 *
 * <pre>
 * &#64;Component(service = Command.class)
 * public class StatsCommand implements Command { ... }
 * </pre>
 *
 * The command appears in {@code ./sanad --help} as soon as its bundle is in the product.
 * API: stable within a minor version of this package.
 */
package org.sanad.cli;
