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
 * <p>API: stable within a minor version of this package.
 */
package org.sanad.store.remote;
