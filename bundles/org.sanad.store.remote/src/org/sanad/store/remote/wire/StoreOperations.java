package org.sanad.store.remote.wire;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.sanad.store.Accounts;
import org.sanad.store.CorpusStore;

/**
 * The store operations the API offers: the methods of {@link CorpusStore} and, prefixed
 * {@code accounts.}, of {@link Accounts}, each named by its method name, or where the name is
 * overloaded by {@code name:ParamType,ParamType} (simple raw type names). Arguments and results are
 * the methods' own, in JSON.
 */
public final class StoreOperations {

	/** Prefix of the operations on {@link Accounts}. */
	public static final String ACCOUNTS = "accounts.";

	/**
	 * Methods that make no sense across the network or have their own path. ({@code backup} is an
	 * operation: its file is on the server's machine, so only the data folder's owner may use it.)
	 * {@code applyAll} answers with exceptions inside its result, which JSON does not carry: a
	 * client applies its changes one call each.
	 */
	private static final Set<String> LOCAL = Set.of("close", "caller", "accounts", "authenticate", "applyAll");

	private static final Map<String, Method> OPERATIONS = collect();

	private StoreOperations() {
	}

	/** @return every operation by its name */
	public static Map<String, Method> all() {
		return OPERATIONS;
	}

	/** @return the operation with this name */
	public static Optional<Method> find(String name) {
		return Optional.ofNullable(OPERATIONS.get(name));
	}

	/** @return the operation's name for a method of {@link CorpusStore} or {@link Accounts} */
	public static String nameOf(Method method) {
		Class<?> owner = method.getDeclaringClass();
		String prefix = owner == Accounts.class ? ACCOUNTS : "";
		long sameName = Arrays.stream(owner.getMethods()).filter(m -> m.getName().equals(method.getName())).count();
		if (sameName == 1) {
			return prefix + method.getName();
		}
		return prefix + method.getName() + ":" + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
				.collect(Collectors.joining(","));
	}

	private static Map<String, Method> collect() {
		Map<String, Method> operations = new TreeMap<>();
		for (Class<?> type : new Class<?>[] { CorpusStore.class, Accounts.class }) {
			for (Method method : type.getMethods()) {
				if (method.getDeclaringClass() == type && !Modifier.isStatic(method.getModifiers())
						&& !LOCAL.contains(method.getName())) {
					operations.put(nameOf(method), method);
				}
			}
		}
		return Collections.unmodifiableMap(operations);
	}
}
