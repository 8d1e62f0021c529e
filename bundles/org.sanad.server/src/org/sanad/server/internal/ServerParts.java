package org.sanad.server.internal;

import java.nio.file.Path;
import java.time.Clock;

import org.eclipse.jetty.server.Handler;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.sanad.server.ServerOptions;
import org.sanad.store.CorpusStore;

/** What {@link org.sanad.server.TeamServer} builds from this package. */
public final class ServerParts {

	private ServerParts() {
	}

	/** @return the server's key store, made on first start */
	public static Certificates.KeyStoreFile certificate(Path folder) {
		return Certificates.ensure(folder);
	}

	/** @return the handler of the whole API */
	public static Handler handler(CorpusStore store, ServerOptions options, Clock clock) {
		return new ApiHandler(store, new Sessions(options.sessionLifetime(), clock),
				new LoginThrottle(options.throttleStep(), clock), options.maxRequestBytes(), version(),
				options.ownerSecret());
	}

	static String version() {
		Bundle bundle = FrameworkUtil.getBundle(ServerParts.class);
		return bundle == null ? "unknown" : bundle.getVersion().toString();
	}
}
