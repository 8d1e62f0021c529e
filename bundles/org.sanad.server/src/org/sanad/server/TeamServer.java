package org.sanad.server;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.sanad.server.internal.ServerParts;
import org.sanad.store.CorpusStore;
import org.sanad.store.StoreException;

/**
 * A Sanad server: the store of one data folder behind Sanad's HTTP API, on one port, TLS with a
 * certificate it made itself on first start (plain HTTP only on a loopback address). The store's
 * database is never on the network. Close it to stop.
 */
public final class TeamServer implements AutoCloseable {

	private final Server jetty;
	private final ServerConnector connector;
	private final String fingerprint;
	private final String host;

	private TeamServer(Server jetty, ServerConnector connector, String fingerprint, String host) {
		this.jetty = jetty;
		this.connector = connector;
		this.fingerprint = fingerprint;
		this.host = host;
	}

	/**
	 * Starts serving {@code store}.
	 *
	 * @param dataDirectory the data folder; the certificate is kept in its {@code server/} folder
	 * @throws IllegalArgumentException if plain HTTP is asked for on an address other than loopback
	 * @throws StoreException           if the port is taken or the certificate cannot be made
	 */
	public static TeamServer start(CorpusStore store, Path dataDirectory, ServerOptions options) {
		if (options.plainHttp() && !isLoopback(options.host())) {
			throw new IllegalArgumentException("Plain HTTP only on a loopback address (127.0.0.1), not on "
					+ options.host() + ": passwords would travel in clear");
		}
		QueuedThreadPool threads = new QueuedThreadPool(64, 4);
		threads.setName("sanad-server");
		Server jetty = new Server(threads);
		HttpConfiguration http = new HttpConfiguration();
		http.setSendServerVersion(false);
		http.setSendXPoweredBy(false);
		ServerConnector connector;
		String fingerprint = null;
		if (options.plainHttp()) {
			connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
		} else {
			var keys = ServerParts.certificate(dataDirectory.resolve("server"));
			SslContextFactory.Server tls = new SslContextFactory.Server();
			tls.setKeyStorePath(keys.path().toString());
			tls.setKeyStorePassword(keys.password());
			tls.setKeyStoreType("PKCS12");
			tls.setIncludeProtocols("TLSv1.3", "TLSv1.2");
			// Clients pin the certificate itself; the name they reach the server by does not matter.
			http.addCustomizer(new SecureRequestCustomizer(false, false, -1, false));
			connector = new ServerConnector(jetty, new SslConnectionFactory(tls, "http/1.1"),
					new HttpConnectionFactory(http));
			fingerprint = keys.fingerprint();
		}
		connector.setHost(options.host());
		connector.setPort(options.port());
		jetty.addConnector(connector);
		jetty.setHandler(ServerParts.handler(store, options, Clock.systemUTC()));
		jetty.setStopAtShutdown(true);
		try {
			jetty.start();
		} catch (Exception e) {
			try {
				jetty.stop();
			} catch (Exception ignored) {
				// it did not start
			}
			throw new StoreException("Cannot serve on " + options.host() + ":" + options.port() + ": "
					+ e.getMessage(), e);
		}
		return new TeamServer(jetty, connector, fingerprint, options.host());
	}

	private static boolean isLoopback(String host) {
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		} catch (UnknownHostException e) {
			return false;
		}
	}

	/** @return the port it listens on (the one chosen when asked for 0) */
	public int port() {
		return connector.getLocalPort();
	}

	/** @return the address clients on this machine reach it at */
	public URI uri() {
		String reach = host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
		return URI.create((fingerprint == null ? "http" : "https") + "://" + reach + ":" + port());
	}

	/** @return the SHA-256 fingerprint of its certificate, which clients pin; empty for plain HTTP */
	public Optional<String> fingerprint() {
		return Optional.ofNullable(fingerprint);
	}

	/** Waits until the server stops. */
	public void join() throws InterruptedException {
		jetty.join();
	}

	@Override
	public void close() {
		try {
			jetty.stop();
		} catch (Exception e) {
			throw new StoreException("Could not stop the server: " + e.getMessage(), e);
		}
	}
}
