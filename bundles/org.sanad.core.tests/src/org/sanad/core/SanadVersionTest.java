package org.sanad.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;

class SanadVersionTest {

	@Test
	void versionIsTheCoreBundleVersion() {
		String bundleVersion = FrameworkUtil.getBundle(SanadVersion.class).getVersion().toString();
		assertEquals(bundleVersion, SanadVersion.full());
		assertTrue(SanadVersion.full().startsWith(SanadVersion.release() + "."), SanadVersion.full());
		assertTrue(SanadVersion.release().matches("\\d+\\.\\d+\\.\\d+"), SanadVersion.release());
	}
}
