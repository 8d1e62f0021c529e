package org.sanad.server.internal;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.sanad.server.ServerOptions;
import org.sanad.server.TeamServer;
import org.sanad.store.CorpusStore;
import org.sanad.store.remote.LocalAccess;

/**
 * Serves each data folder's store this process opened to its owner's other Sanad processes: on the
 * loopback address, plain HTTP, an ephemeral port, let in by a random secret written to a file
 * only the owner can read ({@link LocalAccess}). Replaces H2's AUTO_SERVER, which listened on
 * every address with a key every local user could read.
 */
@Component(immediate = true)
public final class LocalAccessPoint {

	/** The service property that names the data folder of a store the workspace opened. */
	public static final String DATA_FOLDER = "sanad.data";

	private static final Logger LOG = Logger.getLogger(LocalAccessPoint.class.getName());

	private final Map<CorpusStore, Running> served = new ConcurrentHashMap<>();

	private record Running(Path data, TeamServer server) {
	}

	@Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
			target = "(" + DATA_FOLDER + "=*)")
	void serve(CorpusStore store, Map<String, Object> properties) {
		Path data = Path.of((String) properties.get(DATA_FOLDER));
		byte[] random = new byte[32];
		new SecureRandom().nextBytes(random);
		String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		try {
			TeamServer server = TeamServer.start(store, data, ServerOptions.defaults().withHost("127.0.0.1")
					.withPort(0).withPlainHttp(true).withOwnerSecret(secret));
			LocalAccess.publish(data, new LocalAccess.Endpoint(server.uri(), secret));
			served.put(store, new Running(data, server));
		} catch (RuntimeException e) {
			// Without it this process works as before; only a second one cannot reach the store.
			LOG.log(Level.WARNING, "Cannot share the store of " + data + " with other Sanad processes", e);
		}
	}

	void unserve(CorpusStore store) {
		Running running = served.remove(store);
		if (running != null) {
			LocalAccess.withdraw(running.data());
			running.server().close();
		}
	}
}
