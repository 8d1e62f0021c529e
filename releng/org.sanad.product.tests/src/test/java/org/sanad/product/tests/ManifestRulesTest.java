package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The house rules an extender relies on, read from every bundle's manifest: one name everywhere,
 * API packages versioned and documented, internal packages hidden or shared with bundles that
 * exist.
 */
class ManifestRulesTest {

	private static Path repository() {
		return Path.of(System.getProperty("sanad.repository.dir", "../..")).toAbsolutePath().normalize();
	}

	private static TreeMap<String, Attributes> manifests() throws IOException {
		TreeMap<String, Attributes> manifests = new TreeMap<>();
		try (Stream<Path> folders = Files.list(repository().resolve("bundles"))) {
			for (Path folder : folders.filter(f -> Files.exists(f.resolve("META-INF/MANIFEST.MF"))).toList()) {
				try (InputStream in = Files.newInputStream(folder.resolve("META-INF/MANIFEST.MF"))) {
					manifests.put(folder.getFileName().toString(), new Manifest(in).getMainAttributes());
				}
			}
		}
		assertTrue(manifests.size() > 20, "found the bundles in " + repository());
		return manifests;
	}

	@Test
	void folderSymbolicNameAndModuleNameAreOneName() throws IOException {
		List<String> wrong = new ArrayList<>();
		manifests().forEach((folder, main) -> {
			String symbolicName = main.getValue("Bundle-SymbolicName").split(";")[0].strip();
			String moduleName = main.getValue("Automatic-Module-Name");
			if (!folder.equals(symbolicName) || !folder.equals(moduleName)) {
				wrong.add(folder + ": Bundle-SymbolicName " + symbolicName + ", Automatic-Module-Name " + moduleName);
			}
		});
		assertEquals(List.of(), wrong);
	}

	@Test
	void apiPackagesAreVersionedAndDocumentedAndInternalOnesHiddenOrSharedWithRealBundles() throws IOException {
		TreeMap<String, Attributes> manifests = manifests();
		Set<String> bundles = manifests.keySet();
		List<String> wrong = new ArrayList<>();
		manifests.forEach((folder, main) -> {
			String exports = main.getValue("Export-Package");
			for (String clause : exports == null ? List.<String>of() : clauses(exports)) {
				String pkg = clause.split(";")[0].strip();
				if (pkg.contains(".internal")) {
					if (!clause.contains("x-internal:=true") && !clause.contains("x-friends:=")) {
						wrong.add(folder + ": " + pkg + " is internal but neither x-internal nor x-friends");
					}
					for (String friend : friends(clause)) {
						if (!bundles.contains(friend)) {
							wrong.add(folder + ": " + pkg + " names friend " + friend + ", which is no bundle");
						}
					}
				} else if (!pkg.startsWith("org.sanad.")) {
					// A fragment of a library's bundle (org.sanad.slf4j.compat) exports the library's own
					// packages under another version: documented by the library, versioned here.
					if (main.getValue("Fragment-Host") == null || !clause.contains("version=")) {
						wrong.add(folder + ": exports " + pkg + ", which is not Sanad's, without being a"
								+ " versioned fragment of its bundle");
					}
				} else {
					if (!clause.contains("version=")) {
						wrong.add(folder + ": API package " + pkg + " has no version");
					}
					Path info = repository().resolve("bundles").resolve(folder).resolve("src")
							.resolve(pkg.replace('.', '/')).resolve("package-info.java");
					Path generated = repository().resolve("bundles").resolve(folder).resolve("src-gen")
							.resolve(pkg.replace('.', '/')).resolve("package-info.java");
					if (!Files.exists(info) && !Files.exists(generated)) {
						wrong.add(folder + ": API package " + pkg + " has no package-info.java");
					}
				}
			}
		});
		assertEquals(List.of(), wrong);
	}

	/** Splits a manifest header at the commas between clauses, not those inside quotes. */
	private static List<String> clauses(String header) {
		List<String> clauses = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (char c : header.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			if (c == ',' && !quoted) {
				clauses.add(current.toString());
				current.setLength(0);
			} else {
				current.append(c);
			}
		}
		clauses.add(current.toString());
		return clauses;
	}

	private static List<String> friends(String clause) {
		int at = clause.indexOf("x-friends:=\"");
		if (at < 0) {
			return List.of();
		}
		String list = clause.substring(at + "x-friends:=\"".length(), clause.indexOf('"', at + "x-friends:=\"".length()));
		return Stream.of(list.split(",")).map(String::strip).collect(Collectors.toList());
	}
}
