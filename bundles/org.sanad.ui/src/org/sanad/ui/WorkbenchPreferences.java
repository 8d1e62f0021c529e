package org.sanad.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The user's workbench settings, kept in {@code workbench.properties} in the data folder: who
 * annotates, the editor font and label colours that override the schema's. Available in the
 * application context.
 */
public final class WorkbenchPreferences {

	/** File name in the data folder. */
	public static final String FILE = "workbench.properties";

	private static final String ANNOTATOR = "annotator";
	private static final String FONT_NAME = "editor.font";
	private static final String FONT_SIZE = "editor.fontSize";
	private static final String SNAP = "editor.snapToWords";
	private static final String COLOUR = "colour.";
	private static final int DEFAULT_SIZE = 14;

	private final Path file;
	private final Properties values = new Properties();

	private WorkbenchPreferences(Path file) {
		this.file = file;
	}

	/** @return the preferences of a data folder; defaults when it has none or they cannot be read */
	public static WorkbenchPreferences load(Path dataDirectory) {
		WorkbenchPreferences preferences = new WorkbenchPreferences(dataDirectory.resolve(FILE));
		if (Files.isRegularFile(preferences.file)) {
			try (InputStream in = Files.newInputStream(preferences.file)) {
				preferences.values.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			} catch (IOException e) {
				// unreadable preferences: start from defaults rather than not at all
			}
		}
		return preferences;
	}

	/** Writes the preferences, replacing the file in one step. */
	public void save() throws IOException {
		Files.createDirectories(file.getParent());
		Path temp = file.resolveSibling(FILE + ".tmp");
		try (OutputStream out = Files.newOutputStream(temp);
				var writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8)) {
			values.store(writer, "Sanad workbench preferences");
		}
		Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** @return the annotator chosen earlier, if any */
	public Optional<String> annotator() {
		return Optional.ofNullable(values.getProperty(ANNOTATOR)).filter(s -> !s.isBlank());
	}

	public void setAnnotator(String annotator) {
		values.setProperty(ANNOTATOR, annotator.strip());
	}

	/** @return the editor font's name; empty for the system's default */
	public Optional<String> fontName() {
		return Optional.ofNullable(values.getProperty(FONT_NAME)).filter(s -> !s.isBlank());
	}

	public void setFontName(String name) {
		values.setProperty(FONT_NAME, name);
	}

	/** @return the editor font's size in points */
	public int fontSize() {
		try {
			return Math.max(6, Math.min(72, Integer.parseInt(values.getProperty(FONT_SIZE, "" + DEFAULT_SIZE))));
		} catch (NumberFormatException e) {
			return DEFAULT_SIZE;
		}
	}

	public void setFontSize(int points) {
		values.setProperty(FONT_SIZE, Integer.toString(points));
	}

	public boolean snapToWords() {
		return !"false".equals(values.getProperty(SNAP));
	}

	public void setSnapToWords(boolean snap) {
		values.setProperty(SNAP, Boolean.toString(snap));
	}

	/** @return the user's colour for a label as {@code #rrggbb}, if set */
	public Optional<String> labelColour(String label) {
		return Optional.ofNullable(values.getProperty(COLOUR + label));
	}

	/** Sets a label's colour ({@code #rrggbb}), or goes back to the schema's with {@code null}. */
	public void setLabelColour(String label, String colour) {
		if (colour == null) {
			values.remove(COLOUR + label);
		} else {
			values.setProperty(COLOUR + label, colour);
		}
	}
}
