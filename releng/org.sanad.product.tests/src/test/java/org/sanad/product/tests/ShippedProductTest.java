package org.sanad.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What ships leaves the test drivers out: no test-support bundle, no UI script, self-check or key
 * timing class in Sanad's bundles, no self-check add-on in the application model; and the
 * pre-annotation bundle is in.
 */
class ShippedProductTest {

	@Test
	void theProductCarriesNoTestDrivers() throws IOException {
		Path plugins = Product.directory().resolve("plugins");
		List<String> drivers = new ArrayList<>();
		boolean preAnnotation = false;
		try (Stream<Path> jars = Files.list(plugins)) {
			for (Path jar : jars.filter(p -> p.getFileName().toString().startsWith("org.sanad.")).toList()) {
				String name = jar.getFileName().toString();
				assertFalse(name.startsWith("org.sanad.ui.testsupport"), "the test-support bundle is in the product: " + name);
				preAnnotation |= name.startsWith("org.sanad.preannotation_");
				try (JarFile file = new JarFile(jar.toFile())) {
					file.stream().map(e -> e.getName())
							.filter(n -> n.matches(".*/(UiScript|SelfCheckAddon|KeyTimer|Benchmarks)(\\$.*)?\\.class"))
							.forEach(n -> drivers.add(name + "!" + n));
					var model = file.getEntry("Application.e4xmi");
					if (model != null) {
						String xmi = new String(file.getInputStream(model).readAllBytes(), StandardCharsets.UTF_8);
						assertFalse(xmi.toLowerCase(java.util.Locale.ROOT).contains("selfcheck"), name + " adds a self-check add-on");
					}
				}
			}
		}
		assertEquals(List.of(), drivers, "test drivers in shipped bundles");
		assertTrue(preAnnotation, "org.sanad.preannotation ships");
	}
}
