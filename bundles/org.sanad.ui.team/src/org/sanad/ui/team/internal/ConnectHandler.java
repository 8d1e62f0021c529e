package org.sanad.ui.team.internal;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.sanad.store.CorpusStore;
import org.sanad.store.remote.KnownServers;
import org.sanad.store.remote.ServerConnections;
import org.sanad.workspace.Workspace;

import jakarta.inject.Named;

/**
 * File > Connect to Server...: signs in off the UI thread (a slow or absent server does not freeze
 * the window), pins the server's certificate on the first connection and says so, then moves the
 * workbench onto the server's store as the account that signed in.
 */
public final class ConnectHandler {

	@Execute
	void execute(@Named("activeShell") Shell shell, Workspace workspace, MApplication application,
			EModelService models, EPartService parts, IEventBroker events, UISynchronize ui) {
		ConnectDialog dialog = new ConnectDialog(shell, RememberedServer.load(workspace.dataDirectory()));
		dialog.setBlockOnOpen(true);
		if (dialog.open() != Window.OK) {
			return;
		}
		RememberedServer chosen = dialog.chosen();
		char[] password = dialog.password();
		KnownServers known = new KnownServers(workspace.dataDirectory().resolve("known-servers.properties"));
		Job.create("Connecting to " + chosen.url(), monitor -> {
			List<String> notices = new ArrayList<>();
			try {
				CorpusStore store = ServerConnections.connect(URI.create(chosen.url()), chosen.user(), password, known,
						notices::add);
				ui.asyncExec(() -> switchTo(store, chosen, dialog.remember(), notices, shell, workspace, application,
						models, parts, events));
			} catch (RuntimeException e) {
				ui.asyncExec(() -> MessageDialog.openError(shell, "Connect to Server",
						"Could not connect to " + chosen.url() + " as " + chosen.user() + ":\n" + e.getMessage()));
			} finally {
				Arrays.fill(password, '\0');
			}
		}).schedule();
	}

	private static void switchTo(CorpusStore store, RememberedServer chosen, boolean remember, List<String> notices,
			Shell shell, Workspace workspace, MApplication application, EModelService models, EPartService parts,
			IEventBroker events) {
		String where = store.caller().orElse(chosen.user()) + " @ " + chosen.url();
		if (!StoreSwitch.to(store, store.caller().orElse(chosen.user()), where, workspace, application, models, parts,
				events)) {
			store.close();
			return;
		}
		if (remember) {
			try {
				chosen.save(workspace.dataDirectory());
			} catch (IOException e) {
				// only the next dialog is emptier
			}
		}
		if (!notices.isEmpty()) {
			MessageDialog.openInformation(shell, "Connected to " + chosen.url(), String.join("\n\n", notices));
		}
	}
}
