package org.sanad.server.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import org.sanad.store.CorpusStore;

/**
 * The store as the data folder's owner uses it from another process: every operation as is (the
 * actor the request names stands, as it would in that process), but nobody closes it from afar.
 */
final class OwnerStore {

	private OwnerStore() {
	}

	static CorpusStore of(CorpusStore store) {
		return (CorpusStore) Proxy.newProxyInstance(CorpusStore.class.getClassLoader(),
				new Class<?>[] { CorpusStore.class }, (proxy, method, args) -> {
					if (method.getName().equals("close") && method.getParameterCount() == 0) {
						return null;
					}
					try {
						return method.invoke(store, args);
					} catch (InvocationTargetException e) {
						throw e.getCause();
					}
				});
	}
}
