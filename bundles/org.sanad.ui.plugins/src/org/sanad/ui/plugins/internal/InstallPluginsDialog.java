package org.sanad.ui.plugins.internal;

import java.util.ArrayList;

import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.sanad.plugins.PluginUnit;
import org.sanad.plugins.Plugins;
import org.sanad.ui.WorkbenchIds;

/**
 * A repository (a folder or a ZIP of a p2 repository), the plugins it offers with their versions,
 * a resolution report before anything is installed (what comes with them, or what is missing),
 * then the install; each step runs as a job, with progress, and Cancel stops it.
 */
final class InstallPluginsDialog extends Dialog {

	private final Plugins plugins;
	private final UISynchronize ui;
	private Text repository;
	private Table units;
	private Text report;
	private Label status;
	private ProgressBar progress;
	private Button check;
	private Button install;
	private Job running;
	private boolean installed;

	InstallPluginsDialog(Shell shell, Plugins plugins, UISynchronize ui) {
		super(shell);
		this.plugins = plugins;
		this.ui = ui;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Install Plugins");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(area);
		new Label(area, SWT.NONE).setText("Repository:");
		repository = new Text(area, SWT.BORDER);
		repository.setMessage("a folder or a ZIP of a p2 repository, or its URL");
		key(repository, "plugins.repository");
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(repository);
		button(area, "Folder…", "plugins.folder", this::chooseFolder);
		button(area, "ZIP…", "plugins.zip", this::chooseZip);
		Button load = button(area, "Show Plugins", "plugins.load", this::load);
		GridDataFactory.swtDefaults().span(4, 1).applyTo(load);

		units = new Table(area, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
		units.setHeaderVisible(true);
		key(units, "plugins.units");
		for (String[] column : new String[][] { { "Plugin", "220" }, { "Version", "150" }, { "Unit", "260" } }) {
			TableColumn c = new TableColumn(units, SWT.NONE);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		units.addListener(SWT.Selection, e -> uncheck());
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(SWT.DEFAULT, 120).applyTo(units);

		check = button(area, "Check", "plugins.check", this::check);
		check.setToolTipText("Work out what installing the ticked plugins brings in, or what is missing, without installing");
		GridDataFactory.swtDefaults().span(4, 1).applyTo(check);
		report = new Text(area, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		key(report, "plugins.report");
		GridDataFactory.fillDefaults().span(4, 1).grab(true, true).hint(SWT.DEFAULT, 100).applyTo(report);
		progress = new ProgressBar(area, SWT.INDETERMINATE);
		progress.setVisible(false);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(progress);
		status = new Label(area, SWT.WRAP);
		key(status, "plugins.status");
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(status);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		install = createButton(parent, IDialogConstants.OK_ID, "Install", false);
		key(install, "plugins.install");
		install.setEnabled(false);
		Button close = createButton(parent, IDialogConstants.CANCEL_ID, "Close", true);
		key(close, "plugins.close");
	}

	@Override
	protected void okPressed() {
		List<String> ids = ticked();
		java.net.URI from = Plugins.repository(repository.getText().strip());
		run("Installing", monitor -> plugins.install(from, ids, monitor), done -> {
			installed = true;
			install.setEnabled(false);
			say("Installed " + done.size() + " plugin" + (done.size() == 1 ? "" : "s") + ": "
					+ String.join(", ", done.stream().map(u -> u.name() + " " + u.version()).toList())
					+ ". They take effect when Sanad starts again.");
		});
	}

	@Override
	protected void cancelPressed() {
		if (running != null) {
			running.cancel(); // stop the step; the dialog stays for the next one
			say("Cancelled.");
			return;
		}
		super.cancelPressed();
	}

	/** A repository's plugins, and what the installation has already. */
	private record Offer(List<PluginUnit> offered, List<PluginUnit> installed) {
	}

	private void load() {
		java.net.URI from = Plugins.repository(repository.getText().strip());
		// what is installed is read with the repository, off the UI thread: p2 reads its profile
		run("Reading " + from, monitor -> new Offer(plugins.available(from, monitor), plugins.installed()), offer -> {
			units.removeAll();
			List<PluginUnit> offered = offer.offered();
			List<PluginUnit> installedNow = offer.installed();
			for (PluginUnit unit : offered) {
				TableItem item = new TableItem(units, SWT.NONE);
				boolean already = installedNow.stream().anyMatch(i -> i.id().equals(unit.id()) && i.version().equals(unit.version()));
				item.setText(new String[] { unit.name() + (already ? " (installed)" : ""), unit.version(), unit.id() });
				item.setChecked(!already);
				item.setData(unit);
			}
			uncheck();
			say(offered.isEmpty() ? "This repository offers no plugins." : offered.size() + " plugin"
					+ (offered.size() == 1 ? "" : "s") + " offered. Tick what to install, then Check.");
		});
	}

	private void check() {
		List<String> ids = ticked();
		if (ids.isEmpty()) {
			say("Tick a plugin first.");
			return;
		}
		java.net.URI from = Plugins.repository(repository.getText().strip());
		run("Checking", monitor -> plugins.check(from, ids, monitor), plan -> {
			report.setText("Installing adds:\n" + plan);
			install.setEnabled(true);
			say("Nothing is missing. Install when ready.");
		});
	}

	/** Runs a step off the UI thread; its answer, or its error, comes back on it. */
	private <T> void run(String what, Function<IProgressMonitor, T> step, java.util.function.Consumer<T> then) {
		if (running != null) {
			return;
		}
		say(what + "…");
		progress.setVisible(true);
		Job job = Job.create(what, monitor -> {
			try {
				T answer = step.apply(monitor);
				ui.asyncExec(() -> finished(monitor.isCanceled() ? null : () -> then.accept(answer)));
			} catch (RuntimeException e) {
				ui.asyncExec(() -> finished(() -> {
					if (report != null && !report.isDisposed()) {
						report.setText(e.getMessage());
					}
					say("Could not finish: " + e.getMessage());
				}));
			}
			return Status.OK_STATUS;
		});
		running = job;
		job.schedule();
	}

	private void finished(Runnable then) {
		running = null;
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		progress.setVisible(false);
		if (then != null) {
			then.run();
		}
	}

	private List<String> ticked() {
		List<String> ids = new ArrayList<>();
		for (TableItem item : units.getItems()) {
			if (item.getChecked()) {
				ids.add(((PluginUnit) item.getData()).id());
			}
		}
		return ids;
	}

	/** The ticks changed: the report no longer holds. */
	private void uncheck() {
		if (install != null) {
			install.setEnabled(false);
		}
		report.setText("");
	}

	private void chooseFolder() {
		String chosen = new DirectoryDialog(getShell()).open();
		if (chosen != null) {
			repository.setText(chosen);
		}
	}

	private void chooseZip() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.zip" });
		String chosen = dialog.open();
		if (chosen != null) {
			repository.setText(chosen);
		}
	}

	private void say(String text) {
		if (status != null && !status.isDisposed()) {
			status.setText(text);
			status.getParent().layout(true);
		}
	}

	private Button button(Composite parent, String text, String key, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		key(button, key);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private static void key(Control control, String key) {
		control.setData(WorkbenchIds.WIDGET_KEY, key);
	}

	/** @return whether plugins were installed (a restart is due) */
	boolean installed() {
		return installed;
	}

	@Override
	public boolean close() {
		if (running != null) {
			running.cancel();
		}
		return super.close();
	}

}
