package org.sanad.importer.internal;

import java.nio.file.Path;
import java.util.Locale;

/** File-name checks the formats share. */
final class FileNames {

	private FileNames() {
	}

	/** @return whether the file's name ends with one of the extensions, ignoring case */
	static boolean hasExtension(Path file, String... extensions) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		for (String extension : extensions) {
			if (name.endsWith(extension)) {
				return true;
			}
		}
		return false;
	}
}
