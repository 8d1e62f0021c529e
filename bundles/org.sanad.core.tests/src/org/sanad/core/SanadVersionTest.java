package org.sanad.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

class SanadVersionTest {

	@Test
	void versionIsTheNamedReleaseWithTheCoreBundlesBuildQualifier() {
		Bundle core = FrameworkUtil.getBundle(SanadVersion.class);
		String release = core.getHeaders("").get("Sanad-Release");
		assertEquals(release, SanadVersion.release());
		assertEquals(release + "." + core.getVersion().getQualifier(), SanadVersion.full());
		assertTrue(SanadVersion.release().matches("\\d+\\.\\d+\\.\\d+"), SanadVersion.release());
	}
}
