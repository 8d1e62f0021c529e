package org.sanad.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataLocationTest {

	private static Path resolve(Map<String, String> properties, Map<String, String> environment) {
		return DataLocation.resolve(properties::get, environment::get, "/home/ann");
	}

	@Test
	void defaultsToDotSanadInHome() {
		assertEquals(Path.of("/home/ann/.sanad"), resolve(Map.of(), Map.of()));
	}

	@Test
	void environmentOverridesDefault() {
		assertEquals(Path.of("/srv/team"), resolve(Map.of(), Map.of("SANAD_DATA", "/srv/team")));
	}

	@Test
	void propertyFromDataOptionWinsOverEnvironment() {
		assertEquals(Path.of("/tmp/d"), resolve(Map.of("sanad.data", "/tmp/d"), Map.of("SANAD_DATA", "/srv/team")));
	}

	@Test
	void blankValuesAreIgnored() {
		assertEquals(Path.of("/srv/team"), resolve(Map.of("sanad.data", "  "), Map.of("SANAD_DATA", "/srv/team")));
	}

	@Test
	void relativePathsBecomeAbsoluteAndNormalised() {
		Path resolved = resolve(Map.of("sanad.data", "a/../b"), Map.of());
		assertEquals(Path.of("b").toAbsolutePath(), resolved);
	}
}
