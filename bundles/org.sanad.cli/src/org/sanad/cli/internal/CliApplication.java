package org.sanad.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;
import org.sanad.cli.Command;
import org.sanad.core.DataLocation;

/** The Equinox application behind {@code ./sanad <command>}: collects the commands and runs one. */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		context.applicationRunning();
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		BundleContext bundles = FrameworkUtil.getBundle(CliApplication.class).getBundleContext();
		ServiceTracker<Command, Command> tracker = new ServiceTracker<>(bundles, Command.class, null);
		tracker.open();
		try {
			List<Command> commands = new ArrayList<>(tracker.getTracked().values());
			var streams = new StreamContext(System.out, System.err, DataLocation.current());
			int code = new CommandLine(commands).run(args == null ? new String[0] : args, streams);
			System.out.flush();
			return code;
		} finally {
			tracker.close();
		}
	}

	@Override
	public void stop() {
		// Commands are short-lived and finish on their own.
	}
}
