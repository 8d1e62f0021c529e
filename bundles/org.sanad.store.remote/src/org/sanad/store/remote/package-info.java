/**
 * The client side of a Sanad server: {@link org.sanad.store.remote.ServerConnections#connect} signs
 * in and gives a {@link org.sanad.store.CorpusStore} that works through the server's HTTP API;
 * {@link org.sanad.store.remote.KnownServers} keeps the certificates pinned on first contact.
 *
 * <pre>
 * CorpusStore store = ServerConnections.connect(URI.create("https://sanad.example:8443"), "amal",
 * 		password, new KnownServers(data.resolve("known-servers.properties")), System.err::println);
 * AnnotationSet mine = store.annotationSet(documentId, "amal");
 * </pre>
 *
 * <p>API: semantic versioning (docs/dev/plugins.md): additions raise the minor version, changes that can
 * break a caller or an implementer the major one; the build checks it against {@code releng/api-baseline}.
 */
package org.sanad.store.remote;
