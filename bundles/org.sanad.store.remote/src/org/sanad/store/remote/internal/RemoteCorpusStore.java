package org.sanad.store.remote.internal;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanad.model.Document;
import org.sanad.model.ids.TimeOrderedIds;
import org.sanad.model.text.TextChecksum;
import org.sanad.store.Accounts;
import org.sanad.store.CorpusStore;
import org.sanad.store.remote.wire.StoreOperations;
import org.sanad.store.remote.wire.Wire;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.reflect.TypeToken;

/**
 * A {@link CorpusStore} (and its {@link Accounts}) whose every operation is a call to the server:
 * the arguments go as a JSON array to the operation's path, the answer comes back as the method's
 * result. Built as a proxy over the interfaces, so that a store operation added to the API reaches
 * the server without a line here; the server decides which ones it serves and to whom.
 */
public final class RemoteCorpusStore implements InvocationHandler {

	private final HttpTransport transport;
	private final Gson gson = Wire.gson();
	private final Accounts accounts;

	private RemoteCorpusStore(HttpTransport transport) {
		this.transport = transport;
		this.accounts = (Accounts) Proxy.newProxyInstance(Accounts.class.getClassLoader(),
				new Class<?>[] { Accounts.class }, this);
	}

	public static CorpusStore over(HttpTransport transport) {
		return (CorpusStore) Proxy.newProxyInstance(CorpusStore.class.getClassLoader(),
				new Class<?>[] { CorpusStore.class }, new RemoteCorpusStore(transport));
	}

	@Override
	public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
		Object[] arguments = args == null ? new Object[0] : args;
		switch (method.getName()) {
		case "toString":
			return "Sanad server " + transport.server() + (transport.user() == null ? " as the data folder's owner"
					: " as " + transport.user());
		case "hashCode":
			return System.identityHashCode(proxy);
		case "equals":
			return proxy == arguments[0];
		case "close":
			transport.signOut();
			return null;
		case "caller":
			return Optional.ofNullable(transport.user());
		case "accounts":
			return accounts;
		case "authenticate":
			throw new UnsupportedOperationException("Sign in with a new connection to check a password");
		case "addDocuments":
			return addDocuments(method, arguments);
		case "addNewDocuments":
			return addNewDocuments(method, arguments);
		case "applyAll":
			// The interface's own: one apply call each, every outcome with its exception as thrown here
			return InvocationHandler.invokeDefault(proxy, method, args);
		default:
			return call(method, arguments);
		}
	}

	private Object call(Method method, Object[] arguments) {
		Type[] types = method.getGenericParameterTypes();
		JsonArray json = new JsonArray(arguments.length);
		for (int i = 0; i < arguments.length; i++) {
			json.add(gson.toJsonTree(arguments[i], types[i]));
		}
		String answer = transport.post(Wire.STORE + StoreOperations.nameOf(method), gson.toJson(json));
		if (method.getReturnType() == void.class) {
			return null;
		}
		Object result = gson.fromJson(answer, TypeToken.get(method.getGenericReturnType()));
		if (result == null && method.getReturnType() == Optional.class) {
			return Optional.empty();
		}
		return result;
	}

	/**
	 * The store fills in the ids of the documents it adds, on the caller's objects; here they get
	 * theirs before they travel, and lose them again if the server refused the batch.
	 */
	private Object addDocuments(Method method, Object[] arguments) {
		List<Document> given = documents(arguments[1]);
		List<Document> named = name(given);
		try {
			return call(method, arguments);
		} catch (RuntimeException e) {
			named.forEach(d -> d.setId(null));
			throw e;
		}
	}

	/** The server answers which documents it left out by their place in the list. */
	private Object addNewDocuments(Method method, Object[] arguments) {
		List<Document> given = documents(arguments[1]);
		List<Document> named = name(given);
		Map<Integer, String> leftOut;
		try {
			String answer = transport.post(Wire.STORE + StoreOperations.nameOf(method),
					gson.toJson(List.of(gson.toJsonTree(arguments[0]), gson.toJsonTree(given,
							new TypeToken<List<Document>>() {
							}.getType()))));
			leftOut = gson.fromJson(answer, new TypeToken<LinkedHashMap<Integer, String>>() {
			}.getType());
		} catch (RuntimeException e) {
			named.forEach(d -> d.setId(null));
			throw e;
		}
		Map<Document, String> result = new LinkedHashMap<>();
		for (Map.Entry<Integer, String> entry : leftOut.entrySet()) {
			Document document = given.get(entry.getKey());
			if (named.contains(document)) {
				document.setId(null); // not added: it has no id of its own
			}
			result.put(document, entry.getValue());
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private static List<Document> documents(Object argument) {
		return (List<Document>) argument;
	}

	private static List<Document> name(List<Document> documents) {
		List<Document> named = new ArrayList<>();
		for (Document document : documents) {
			if (document.getText() != null && document.getChecksum() == null) {
				document.setChecksum(TextChecksum.of(document.getText()));
			}
			if (document.getId() == null) {
				document.setId(TimeOrderedIds.next());
				named.add(document);
			}
		}
		return named;
	}
}
