package org.sanad.product.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarInputStream;

/**
 * The test-support bundle ({@code org.sanad.ui.testsupport}: UI scripts, the self-check, key
 * timings) is not part of the product. A workbench run of a test gets it by a copy of the
 * product's {@code bundles.info} with one more line, named to Equinox's simple configurator by a
 * system property, so that the product itself stays as shipped.
 */
final class TestSupport {

	private static final String BUNDLE = "org.sanad.ui.testsupport";

	private TestSupport() {
	}

	/** @return the JVM option that starts {@code product}'s workbench with the test-support bundle */
	static String option(Path product) throws IOException {
		Path root = Path.of(System.getProperty("sanad.repository.dir", "../..")).toAbsolutePath().normalize();
		Path jar;
		try (var built = Files.list(root.resolve("bundles/" + BUNDLE + "/target"))) {
			jar = built.filter(f -> f.getFileName().toString().matches(BUNDLE + "-[0-9.]+(-SNAPSHOT)?\\.jar"))
					.findFirst().orElseThrow(() -> new IllegalStateException("no built " + BUNDLE + " jar"));
		}
		String version;
		try (InputStream in = Files.newInputStream(jar); JarInputStream read = new JarInputStream(in)) {
			version = read.getManifest().getMainAttributes().getValue("Bundle-Version");
		}
		Path installed = product.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		List<String> lines = new ArrayList<>();
		for (String line : Files.readAllLines(installed, StandardCharsets.UTF_8)) {
			if (line.startsWith("#")) {
				lines.add(line);
			} else if (!line.isBlank()) {
				// locations made absolute: the copy lives outside the configuration they are relative to
				String[] f = line.split(",", 3);
				String[] rest = f[2].split(",");
				String location = rest[0].contains(":") ? rest[0] : product.resolve(rest[0]).toUri().toString();
				lines.add(f[0] + "," + f[1] + "," + location + "," + rest[1] + "," + rest[2]);
			}
		}
		lines.add(BUNDLE + "," + version + "," + jar.toUri() + ",4,false");
		Path copy = product.resolveSibling(product.getFileName() + ".test-support.bundles.info");
		Files.write(copy, lines, StandardCharsets.UTF_8);
		return "-Dorg.eclipse.equinox.simpleconfigurator.configUrl=" + copy.toUri();
	}
}
