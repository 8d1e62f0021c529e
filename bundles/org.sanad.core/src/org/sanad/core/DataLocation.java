package org.sanad.core;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The folder that holds a user's Sanad data: the embedded store, search indexes, logs.
 *
 * <p>Chosen, first match wins, by the system property {@value #PROPERTY} (the start script sets
 * it from {@code --data DIR}), the environment variable {@value #ENVIRONMENT}, else
 * {@code ~/.sanad}.
 */
public final class DataLocation {

	/** System property naming the data folder. */
	public static final String PROPERTY = "sanad.data";

	/** Environment variable naming the data folder. */
	public static final String ENVIRONMENT = "SANAD_DATA";

	/** Folder name below the user's home when nothing else is set. */
	public static final String DEFAULT_FOLDER = ".sanad";

	private DataLocation() {
	}

	/** @return the absolute, normalised data folder for this process; it may not exist yet */
	public static Path current() {
		return resolve(System::getProperty, System::getenv, System.getProperty("user.home"));
	}

	static Path resolve(UnaryOperator<String> properties, UnaryOperator<String> environment, String home) {
		String chosen = nonBlank(properties.apply(PROPERTY));
		if (chosen == null) {
			chosen = nonBlank(environment.apply(ENVIRONMENT));
		}
		Path path = chosen != null ? Path.of(chosen) : Path.of(home, DEFAULT_FOLDER);
		return path.toAbsolutePath().normalize();
	}

	private static String nonBlank(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
