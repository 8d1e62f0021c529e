package org.sanad.plugins.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Unpacks a zipped p2 repository into a temporary folder, refusing entries that would leave it. */
final class Zips {

	private Zips() {
	}

	static Path unpack(Path zip) throws IOException {
		Path folder = Files.createTempDirectory("sanad-plugin-repository");
		try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry; (entry = entries.getNextEntry()) != null;) {
				Path target = folder.resolve(entry.getName()).normalize();
				if (!target.startsWith(folder)) {
					throw new IllegalArgumentException(zip + " has an entry outside its folder: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				} else {
					Files.createDirectories(target.getParent());
					Files.copy(entries, target);
				}
			}
		} catch (IOException | RuntimeException e) {
			delete(folder);
			throw e;
		}
		// a ZIP of the repository's folder has it one level down
		if (!Files.exists(folder.resolve("content.xml")) && !Files.exists(folder.resolve("content.jar"))) {
			try (Stream<Path> children = Files.list(folder)) {
				var only = children.toList();
				if (only.size() == 1 && Files.isDirectory(only.get(0))) {
					return only.get(0);
				}
			}
		}
		return folder;
	}

	static void delete(Path folder) throws IOException {
		Path root = folder.getFileName().toString().startsWith("sanad-plugin-repository") ? folder : folder.getParent();
		if (root == null || !Files.exists(root)) {
			return;
		}
		try (Stream<Path> all = Files.walk(root)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}
}
