/**
 * The Sanad server: {@link org.sanad.server.TeamServer#start} puts a store behind Sanad's HTTP API
 * (see {@code org.sanad.store.remote.wire}), with accounts, sessions and the project roles
 * enforced on every request. {@code sanad serve} runs it on a data folder.
 *
 * <pre>
 * try (TeamServer server = TeamServer.start(store, dataFolder, ServerOptions.defaults().withPort(0))) {
 * 	System.out.println(server.uri() + " " + server.fingerprint().orElseThrow());
 * }
 * </pre>
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.server;
