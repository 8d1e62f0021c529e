package org.sanad.core;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

/**
 * The version of the running Sanad: the release named by this bundle's {@code Sanad-Release}
 * header with the build qualifier of its {@code Bundle-Version}. The release is kept apart from the
 * bundle version because API bundles move their own versions (micro after a release, see the API
 * baseline check) while the product keeps its release number.
 */
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
		String release = bundle.getHeaders("").get("Sanad-Release");
		if (release == null) {
			return bundle.getVersion();
		}
		Version named = Version.parseVersion(release);
		return new Version(named.getMajor(), named.getMinor(), named.getMicro(), bundle.getVersion().getQualifier());
	}
}
