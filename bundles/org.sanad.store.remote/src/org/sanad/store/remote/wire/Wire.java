package org.sanad.store.remote.wire;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Instant;
import java.util.Optional;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/** Paths, headers and the JSON settings of Sanad's HTTP API, version 1; see docs/dev/server.md. */
public final class Wire {

	/** Prefix of every path of this version of the API. */
	public static final String API = "/api/v1";
	/** {@code GET}: no sign-in needed; the server's version. */
	public static final String HEALTH = API + "/health";
	/** {@code POST} a {@link Credentials} for a {@link Session}; {@code DELETE} signs out. */
	public static final String SESSIONS = API + "/sessions";
	/**
	 * {@code POST} to {@code STORE + operation} a JSON array of the arguments of that
	 * {@link StoreOperations store operation}; the answer is its result as JSON.
	 */
	public static final String STORE = API + "/store/";
	/** The media type of every request and answer body. */
	public static final String JSON = "application/json; charset=utf-8";
	/** Prefix of the {@code Authorization} header's value, before the session's token. */
	public static final String BEARER = "Bearer ";

	private static final Gson GSON = new GsonBuilder().registerTypeAdapterFactory(new ModelJson())
			.registerTypeAdapter(Instant.class, new InstantJson().nullSafe())
			.registerTypeHierarchyAdapter(java.nio.file.Path.class, new PathJson().nullSafe())
			.registerTypeAdapterFactory(new OptionalJson()).enableComplexMapKeySerialization().serializeNulls()
			.disableHtmlEscaping().create();

	private Wire() {
	}

	/** @return the Gson that reads and writes every body of the API */
	public static Gson gson() {
		return GSON;
	}

	/**
	 * The sign-in request. The password is a string in JSON: it cannot be cleared after use.
	 *
	 * @param user     the account id
	 * @param password its password
	 */
	public record Credentials(String user, String password) {
	}

	/**
	 * A signed-in session.
	 *
	 * @param token         send it as {@code Authorization: Bearer TOKEN}
	 * @param user          the account
	 * @param administrator whether the account administers the server
	 * @param expiresAt     when the token stops working unless used before (it is extended on use)
	 */
	public record Session(String token, String user, boolean administrator, Instant expiresAt) {
	}

	/**
	 * The server's answer to {@link #HEALTH}.
	 *
	 * @param server  the product name
	 * @param version Sanad's version
	 */
	public record Health(String server, String version) {
	}

	private static final class InstantJson extends TypeAdapter<Instant> {
		@Override
		public void write(JsonWriter out, Instant value) throws IOException {
			out.value(value.toString());
		}

		@Override
		public Instant read(JsonReader in) throws IOException {
			return Instant.parse(in.nextString());
		}
	}

	/** A path on the server's machine, as a string. */
	private static final class PathJson extends TypeAdapter<java.nio.file.Path> {
		@Override
		public void write(JsonWriter out, java.nio.file.Path value) throws IOException {
			out.value(value.toString());
		}

		@Override
		public java.nio.file.Path read(JsonReader in) throws IOException {
			return java.nio.file.Path.of(in.nextString());
		}
	}

	/** {@link Optional}: its value, or {@code null} when empty. */
	private static final class OptionalJson implements TypeAdapterFactory {
		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
			if (type.getRawType() != Optional.class) {
				return null;
			}
			Type inner = type.getType() instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
			TypeAdapter<Object> values = (TypeAdapter<Object>) gson.getAdapter(TypeToken.get(inner));
			return (TypeAdapter<T>) new TypeAdapter<Optional>() {
				@Override
				public void write(JsonWriter out, Optional value) throws IOException {
					if (value == null || value.isEmpty()) {
						out.nullValue();
					} else {
						values.write(out, value.get());
					}
				}

				@Override
				public Optional read(JsonReader in) throws IOException {
					if (in.peek() == JsonToken.NULL) {
						in.nextNull();
						return Optional.empty();
					}
					return Optional.ofNullable(values.read(in));
				}
			};
		}
	}
}
