package org.sanad.server.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanad.model.Document;
import org.sanad.store.Accounts;
import org.sanad.store.CorpusStore;
import org.sanad.store.remote.wire.StoreOperations;
import org.sanad.store.remote.wire.Wire;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/** Runs one store operation: JSON arguments in, the caller's guarded store called, JSON result out. */
final class Dispatcher {

	private final Gson gson = Wire.gson();

	/**
	 * @return the result as JSON
	 * @throws IllegalArgumentException  for an unknown operation, arguments that do not fit it
	 * @throws RuntimeException          what the store threw
	 */
	String run(String operation, String body, CorpusStore store) throws NoSuchOperationException {
		Method method = StoreOperations.find(operation).orElseThrow(() -> new NoSuchOperationException(operation));
		Object target = method.getDeclaringClass() == Accounts.class ? store.accounts() : store;
		Object[] arguments = arguments(method, body);
		Object result;
		try {
			result = method.invoke(target, arguments);
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		} catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
		if (method.getName().equals("addNewDocuments")) {
			return gson.toJson(byPosition(arguments[1], result));
		}
		return method.getReturnType() == void.class ? "null" : gson.toJson(result, method.getGenericReturnType());
	}

	private Object[] arguments(Method method, String body) {
		JsonElement json;
		try {
			json = JsonParser.parseString(body);
		} catch (JsonParseException e) {
			throw new IllegalArgumentException("The body is not JSON: " + e.getMessage(), e);
		}
		Type[] types = method.getGenericParameterTypes();
		if (!json.isJsonArray() || json.getAsJsonArray().size() != types.length) {
			throw new IllegalArgumentException(
					"Expected a JSON array of " + types.length + " argument" + (types.length == 1 ? "" : "s"));
		}
		JsonArray array = json.getAsJsonArray();
		Object[] arguments = new Object[types.length];
		for (int i = 0; i < types.length; i++) {
			try {
				arguments[i] = gson.fromJson(array.get(i), types[i]);
			} catch (JsonParseException | IllegalStateException | NumberFormatException e) {
				throw new IllegalArgumentException("Argument " + (i + 1) + " is not a "
						+ method.getParameterTypes()[i].getSimpleName() + ": " + e.getMessage(), e);
			} catch (RuntimeException e) {
				// a record's constructor refused the values (Gson wraps what it threw): the request's fault
				Throwable why = e.getCause() != null ? e.getCause() : e;
				throw new IllegalArgumentException("Argument " + (i + 1) + " is not a valid "
						+ method.getParameterTypes()[i].getSimpleName() + ": " + why.getMessage(), e);
			}
			if (arguments[i] == null && method.getParameterTypes()[i].isPrimitive()) {
				throw new IllegalArgumentException("Argument " + (i + 1) + " must not be null");
			}
		}
		return arguments;
	}

	/** The documents left out, by their place in the list the client sent (it holds the objects). */
	@SuppressWarnings("unchecked")
	private static Map<Integer, String> byPosition(Object sent, Object result) {
		List<Document> documents = (List<Document>) sent;
		Map<Document, Integer> positions = new IdentityHashMap<>();
		for (int i = documents.size() - 1; i >= 0; i--) {
			positions.put(documents.get(i), i);
		}
		Map<Integer, String> leftOut = new LinkedHashMap<>();
		((Map<Document, String>) result).forEach((document, id) -> leftOut.put(positions.get(document), id));
		return leftOut;
	}

	/** No such operation: a 404. */
	static final class NoSuchOperationException extends Exception {
		private static final long serialVersionUID = 1L;

		NoSuchOperationException(String operation) {
			super("No store operation '" + operation + "'");
		}
	}
}
