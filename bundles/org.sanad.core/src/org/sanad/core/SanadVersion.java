package org.sanad.core;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/** The version of the running Sanad, taken from this bundle's own {@code Bundle-Version}. */
public final class SanadVersion {

	private SanadVersion() {
	}

	/** @return the full version, for example {@code 0.1.0.202611222200} */
	public static String full() {
		return version().toString();
	}

	/** @return major.minor.micro without the build qualifier */
	public static String release() {
		Version v = version();
		return v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
	}

	private static Version version() {
		Bundle bundle = FrameworkUtil.getBundle(SanadVersion.class);
		if (bundle == null) {
			throw new IllegalStateException("Sanad's version is only known inside its OSGi runtime");
		}
		return bundle.getVersion();
	}
}
