package org.sanad.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.sanad.cli.Command;
import org.sanad.cli.ExitCode;
import org.sanad.core.SanadVersion;

/** Runs inside OSGi: commands arrive as Declarative Services components generated at build time. */
class CommandServicesTest {

	@Test
	void versionCommandIsADeclarativeService() throws Exception {
		BundleContext bundles = FrameworkUtil.getBundle(CommandServicesTest.class).getBundleContext();
		List<Command> commands = new ArrayList<>();
		for (ServiceReference<Command> ref : bundles.getServiceReferences(Command.class, null)) {
			commands.add(bundles.getService(ref));
		}
		assertTrue(commands.stream().anyMatch(c -> c.name().equals("version")), commands.toString());

		var out = new ByteArrayOutputStream();
		var stream = new PrintStream(out, true, StandardCharsets.UTF_8);
		int code = new CommandLine(commands).run(new String[] { "version" },
				new StreamContext(stream, stream, Path.of("/d")));
		assertEquals(ExitCode.OK, code);
		assertEquals("Sanad " + SanadVersion.full() + System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
	}
}
