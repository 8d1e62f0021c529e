package org.sanad.store.remote;

import java.net.URI;
import java.util.function.Consumer;

import org.sanad.store.CorpusStore;
import org.sanad.store.remote.internal.HttpTransport;
import org.sanad.store.remote.internal.RemoteCorpusStore;

/**
 * Signs in to a Sanad server and hands back its store as a {@link CorpusStore}: the editor,
 * search, import, export and the commands work on it as on a local store, and the server decides
 * what the account may read and write ({@link org.sanad.store.AccessDeniedException} where not).
 */
public final class ServerConnections {

	private ServerConnections() {
	}

	/**
	 * @param server   {@code https://host:port}, or {@code http://} to a loopback address only
	 * @param user     the account
	 * @param password its password; kept in memory to sign in again after the server restarted
	 * @param known    the pinned certificates; an unknown server's is pinned on this connection
	 * @param notices  told, in a sentence, when a certificate is pinned for the first time
	 * @throws org.sanad.store.StoreException if the server cannot be reached, its certificate
	 *                                        differs from its pin, or signing in fails
	 */
	public static CorpusStore connect(URI server, String user, char[] password, KnownServers known,
			Consumer<String> notices) {
		HttpTransport transport = new HttpTransport(server, known, notices);
		transport.signIn(user, password);
		return RemoteCorpusStore.over(transport);
	}
}
