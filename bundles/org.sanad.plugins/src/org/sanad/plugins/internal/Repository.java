package org.sanad.plugins.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** A p2 repository as given: a URL, a folder, or a ZIP unpacked while it is used. */
record Repository(URI uri, Path unpacked) implements AutoCloseable {

	static Repository of(URI given) throws java.io.IOException {
		if (given.getScheme() != null && given.getScheme().matches("(?i)https?")) {
			return new Repository(given, null); // read by p2's transport, through ECF
		}
		Path path = Path.of(given);
		if (Files.isDirectory(path)) {
			if (!Files.exists(path.resolve("content.xml")) && !Files.exists(path.resolve("content.jar"))
					&& !Files.exists(path.resolve("compositeContent.xml"))) {
				throw new IllegalArgumentException(path + " is not a p2 repository (no content.xml or content.jar)");
			}
			return new Repository(path.toUri(), null);
		}
		if (Files.isRegularFile(path) && path.getFileName().toString().toLowerCase().endsWith(".zip")) {
			Path folder = Zips.unpack(path);
			return new Repository(folder.toUri(), folder);
		}
		throw new IllegalArgumentException("No repository at " + given + ": give a folder or a ZIP of a p2 repository, or its URL");
	}

	@Override
	public void close() throws java.io.IOException {
		if (unpacked != null) {
			Zips.delete(unpacked);
		}
	}
}
