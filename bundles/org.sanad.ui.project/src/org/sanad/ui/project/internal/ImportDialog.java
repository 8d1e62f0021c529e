package org.sanad.ui.project.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportProblem;
import org.sanad.importer.ImportReport;
import org.sanad.model.Project;
import org.sanad.ui.ProgressBarMonitor;
import org.sanad.ui.SanadTopics;
import org.sanad.ui.WorkbenchIds;
import org.sanad.workspace.Workspace;

/**
 * File > Import Documents...: files and folders into a project with the same importer as
 * {@code sanad import}, as a job with a progress bar and Cancel (what was stored before a cancel
 * stays), then a report: every file refused and why (file, line), every file skipped.
 */
final class ImportDialog extends TitleAreaDialog {

	private final Workspace workspace;
	private final IEventBroker events;
	private final String actor;
	private final List<Path> inputs = new ArrayList<>();
	private List<Project> projects = List.of();
	private Combo project;
	private org.eclipse.swt.widgets.List chosen;
	private Text path;
	private Button strict;
	private ProgressBar progress;
	private Label status;
	private Text report;
	private Job running;
	private boolean done;
	private String preselected;
	private List<Path> dropped = List.of();

	ImportDialog(Shell shell, Workspace workspace, IEventBroker events, String actor) {
		super(shell);
		this.workspace = workspace;
		this.events = events;
		this.actor = actor;
	}

	/**
	 * Files dropped onto a project in the explorer: the dialog opens with them and that project,
	 * and starts importing at once.
	 */
	ImportDialog dropped(String projectId, List<Path> files) {
		this.preselected = projectId;
		this.dropped = List.copyOf(files);
		return this;
	}

	@Override
	public void create() {
		super.create();
		if (!dropped.isEmpty()) {
			dropped.forEach(this::add);
			getShell().getDisplay().asyncExec(() -> {
				if (!getShell().isDisposed()) {
					okPressed();
				}
			});
		}
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		getShell().setText("Import Documents");
		setTitle("Import files and folders into a project");
		setMessage("UTF-8 .txt, .html, Sanad .jsonl (with annotations) and .xmi; folders are searched.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		new Label(form, SWT.NONE).setText("Project:");
		project = new Combo(form, SWT.READ_ONLY);
		project.setData(WorkbenchIds.WIDGET_KEY, "import.project");
		projects = workspace.store().projects();
		projects.forEach(p -> project.add(p.getName()));
		project.select(projects.isEmpty() ? -1 : 0);
		for (int i = 0; i < projects.size(); i++) {
			if (projects.get(i).getId().equals(preselected)) {
				project.select(i);
			}
		}
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(project);

		new Label(form, SWT.NONE).setText("File or folder:");
		path = new Text(form, SWT.BORDER);
		path.setData(WorkbenchIds.WIDGET_KEY, "import.path");
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(path);
		Button add = new Button(form, SWT.PUSH);
		add.setText("Add");
		add.setData(WorkbenchIds.WIDGET_KEY, "import.add");
		add.addListener(SWT.Selection, e -> addTyped());
		new Label(form, SWT.NONE);
		Composite browse = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(browse);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(browse);
		Button files = new Button(browse, SWT.PUSH);
		files.setText("Add Files…");
		files.addListener(SWT.Selection, e -> chooseFiles());
		Button folder = new Button(browse, SWT.PUSH);
		folder.setText("Add Folder…");
		folder.addListener(SWT.Selection, e -> chooseFolder());

		new Label(form, SWT.NONE).setText("To import:");
		chosen = new org.eclipse.swt.widgets.List(form, SWT.BORDER | SWT.V_SCROLL | SWT.MULTI);
		chosen.setData(WorkbenchIds.WIDGET_KEY, "import.inputs");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 60).applyTo(chosen);
		new Label(form, SWT.NONE);
		strict = new Button(form, SWT.CHECK);
		strict.setText("All or nothing: import nothing if any file is refused");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(strict);

		progress = new ProgressBar(form, SWT.SMOOTH);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(progress);
		status = new Label(form, SWT.WRAP);
		status.setData(WorkbenchIds.WIDGET_KEY, "import.status");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(status);
		report = new Text(form, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		report.setData(WorkbenchIds.WIDGET_KEY, "import.report");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 120).applyTo(report);
		return area;
	}

	private void addTyped() {
		String typed = path.getText().strip();
		if (typed.isEmpty()) {
			return;
		}
		Path input = Path.of(typed);
		if (!Files.exists(input)) {
			setErrorMessage(typed + " does not exist.");
			return;
		}
		setErrorMessage(null);
		add(input);
		path.setText("");
	}

	private void add(Path input) {
		if (!inputs.contains(input)) {
			inputs.add(input);
			chosen.add(input.toString());
		}
	}

	private void chooseFiles() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
		dialog.setFilterExtensions(new String[] { "*.txt;*.html;*.htm;*.xhtml;*.jsonl;*.xmi", "*" });
		if (dialog.open() != null) {
			for (String name : dialog.getFileNames()) {
				add(Path.of(dialog.getFilterPath(), name));
			}
		}
	}

	private void chooseFolder() {
		String folder = new DirectoryDialog(getShell()).open();
		if (folder != null) {
			add(Path.of(folder));
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Import", true).setData(WorkbenchIds.WIDGET_KEY, "import.run");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		if (done) {
			super.okPressed();
			return;
		}
		if (project.getSelectionIndex() < 0) {
			setErrorMessage("Choose a project (File > New Project… makes one).");
			return;
		}
		if (inputs.isEmpty()) {
			setErrorMessage("Add a file or a folder to import.");
			return;
		}
		setErrorMessage(null);
		Project target = projects.get(project.getSelectionIndex());
		List<Path> what = List.copyOf(inputs);
		ImportOptions options = ImportOptions.defaults().withStrict(strict.getSelection()).withActor(actor);
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		status.setText("Importing into " + target.getName() + "…");
		var display = getShell().getDisplay();
		running = Job.create("Importing into " + target.getName(), monitor -> {
			try {
				ImportReport result = workspace.importFiles(target, what, options,
						new ProgressBarMonitor(monitor, progress));
				display.asyncExec(() -> finished(target, result, null));
				return result.canceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
			} catch (RuntimeException e) {
				display.asyncExec(() -> finished(target, null, e));
				return Status.error("The import failed", e);
			}
		});
		running.schedule();
	}

	private void finished(Project target, ImportReport result, RuntimeException failure) {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		running = null;
		done = true;
		getButton(IDialogConstants.OK_ID).setText("Close");
		getButton(IDialogConstants.OK_ID).setEnabled(true);
		getButton(IDialogConstants.CANCEL_ID).setEnabled(false);
		if (failure != null) {
			status.setText("The import stopped: " + failure.getMessage());
			return;
		}
		int imported = result.imported().size();
		status.setText((result.canceled() ? "Canceled. " : "") + "Imported " + imported + " document"
				+ (imported == 1 ? "" : "s") + " into " + target.getName()
				+ (result.annotations() > 0 ? " with " + result.annotations() + " annotations" : "") + "; "
				+ result.problems().size() + " refused, " + result.skipped().size() + " skipped.");
		StringBuilder lines = new StringBuilder();
		for (ImportProblem p : result.problems()) {
			lines.append("refused: ").append(p).append('\n');
		}
		for (ImportProblem p : result.skipped()) {
			lines.append(p).append('\n');
		}
		report.setText(lines.toString());
		events.post(SanadTopics.CORPUS_CHANGED, target.getId());
		getShell().layout(true, true);
	}

	@Override
	protected void cancelPressed() {
		if (running != null) {
			running.cancel();
			status.setText("Canceling: the documents stored so far stay.");
			return;
		}
		super.cancelPressed();
	}
}
