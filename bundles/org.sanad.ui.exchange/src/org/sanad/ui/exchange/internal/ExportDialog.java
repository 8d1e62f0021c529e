package org.sanad.ui.exchange.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sanad.exchange.DatasetExporter;
import org.sanad.exchange.ExportFormat;
import org.sanad.exchange.ExportOptions;
import org.sanad.exchange.ExportReport;
import org.sanad.exchange.OffsetUnit;
import org.sanad.exchange.SetSelection;
import org.sanad.exchange.Split;
import org.sanad.model.Project;
import org.sanad.ui.WorkbenchIds;
import org.sanad.workspace.Workspace;

/**
 * The choices of {@code sanad export}, and the export itself as a job: a progress bar and Cancel
 * while it runs (a canceled export leaves nothing in the folder), what it wrote when it is done.
 */
final class ExportDialog extends TitleAreaDialog {

	private static final String GOLD = "Gold set", ALL = "Every set (a folder each)";

	private final Workspace workspace;
	private final DatasetExporter exporter;
	private final List<Project> projects = new ArrayList<>();
	private final List<ExportFormat> formats;
	private final List<Control> inputs = new ArrayList<>();

	private Combo project;
	private Combo format;
	private Combo sets;
	private Combo offsets;
	private Text split;
	private Text seed;
	private Button boilerplate;
	private Button pseudonymise;
	private Button withoutText;
	private Button curatedOnly;
	private Combo scheme;
	private Button docstart;
	private Text licence;
	private Text folder;
	private ProgressBar progress;
	private Label status;
	private Job running;
	private boolean done;

	ExportDialog(Shell parent, Workspace workspace, DatasetExporter exporter) {
		super(parent);
		this.workspace = workspace;
		this.exporter = exporter;
		this.formats = exporter.formats();
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Export Dataset");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Export a dataset");
		setMessage("The files of a format and a dataset card with counts and checksums. Offsets refer to the whole"
				+ " original text.");
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);

		project = combo(form, "Project:", "export.project");
		projects.addAll(workspace.store().projects());
		projects.forEach(p -> project.add(p.getName()));
		project.addListener(SWT.Selection, e -> fillSets());
		format = combo(form, "Format:", "export.format");
		formats.forEach(f -> format.add(f.name() + " — " + f.summary()));
		format.addListener(SWT.Selection, e -> formatChosen());
		sets = combo(form, "Annotations:", "export.sets");
		offsets = combo(form, "Offsets count:", "export.offsets");
		offsets.add("Code points (as Python counts)");
		offsets.add("UTF-16 units (as Java and UIMA count)");
		offsets.select(0);

		label(form, "Split:");
		Composite splitRow = new Composite(form, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(splitRow);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(splitRow);
		split = text(splitRow, "export.split", "none, or train/dev/test such as 80/10/10");
		GridDataFactory.fillDefaults().hint(200, SWT.DEFAULT).applyTo(split);
		new Label(splitRow, SWT.NONE).setText("seed:");
		seed = text(splitRow, "export.seed", "0");
		GridDataFactory.fillDefaults().hint(60, SWT.DEFAULT).applyTo(seed);

		boilerplate = check(form, "Also annotations inside boilerplate", "export.boilerplate");
		pseudonymise = check(form, "Annotator names as stable pseudonyms", "export.pseudonymise");
		withoutText = check(form, "Without texts (offsets, checksums and origins only)", "export.notext");
		curatedOnly = check(form, "Only documents a curator marked curated", "export.curated");
		scheme = combo(form, "CoNLL tags:", "export.scheme");
		scheme.add("IOB2");
		scheme.add("IOB1");
		scheme.select(0);
		docstart = check(form, "CoNLL: a -DOCSTART- line before each document", "export.docstart");
		label(form, "Licence:");
		licence = text(form, "export.licence", "for example CC BY 4.0");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(licence);

		label(form, "Folder:");
		folder = text(form, "export.folder", "a new or empty folder");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(folder);
		Button browse = new Button(form, SWT.PUSH);
		browse.setText("Browse…");
		browse.addListener(SWT.Selection, e -> browse());
		inputs.add(browse);

		progress = new ProgressBar(form, SWT.HORIZONTAL | SWT.SMOOTH);
		progress.setData(WorkbenchIds.WIDGET_KEY, "export.progress");
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(progress);
		status = new Label(form, SWT.WRAP);
		status.setData(WorkbenchIds.WIDGET_KEY, "export.status");
		// Room for three lines: what was written, where, and what the format had to drop.
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).hint(480, convertHeightInCharsToPixels(3))
				.applyTo(status);

		if (!projects.isEmpty()) {
			project.select(0);
			fillSets();
		}
		int jsonl = formats.stream().map(ExportFormat::name).toList().indexOf("jsonl");
		format.select(Math.max(0, jsonl));
		formatChosen();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Export", true).setData(WorkbenchIds.WIDGET_KEY, "export.run");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false)
				.setData(WorkbenchIds.WIDGET_KEY, "export.cancel");
	}

	/** Gold and all at once; the project's annotators when the store has listed them, off the UI thread. */
	private void fillSets() {
		sets.removeAll();
		sets.add(GOLD);
		sets.add(ALL);
		sets.select(0);
		if (project.getSelectionIndex() < 0) {
			return;
		}
		Project chosen = projects.get(project.getSelectionIndex());
		var display = getShell().getDisplay();
		Job.create("Listing the annotators of " + chosen.getName(), monitor -> {
			List<String> annotators = workspace.store().annotators(chosen.getId());
			display.asyncExec(() -> {
				boolean stillChosen = !sets.isDisposed() && project.getSelectionIndex() >= 0
						&& projects.get(project.getSelectionIndex()) == chosen;
				if (stillChosen) {
					annotators.forEach(sets::add);
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private void formatChosen() {
		boolean conll = selectedFormat() != null && selectedFormat().formatOptions().contains("scheme");
		scheme.setEnabled(conll);
		docstart.setEnabled(conll);
		offsets.setEnabled(selectedFormat() != null && selectedFormat().fixedOffsets() == null);
	}

	private ExportFormat selectedFormat() {
		int index = format.getSelectionIndex();
		return index < 0 ? null : formats.get(index);
	}

	private void browse() {
		DirectoryDialog chooser = new DirectoryDialog(getShell());
		chooser.setMessage("A new or empty folder for the dataset");
		String chosen = chooser.open();
		if (chosen != null) {
			folder.setText(chosen);
		}
	}

	@Override
	protected void okPressed() {
		if (done) {
			close();
			return;
		}
		ExportOptions options;
		try {
			options = options();
		} catch (IllegalArgumentException e) {
			setErrorMessage(e.getMessage());
			return;
		}
		setErrorMessage(null);
		Project chosen = projects.get(project.getSelectionIndex());
		Path target = Path.of(folder.getText().strip());
		inputs.forEach(c -> c.setEnabled(false));
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		status.setText("Exporting " + chosen.getName() + "…");
		var display = getShell().getDisplay();
		running = Job.create("Exporting " + chosen.getName(), monitor -> {
			try {
				ExportReport report = exporter.export(workspace.store(), chosen, options, target,
						new org.sanad.ui.ProgressBarMonitor(monitor, progress));
				display.asyncExec(() -> finished(report, target, null));
				return report.canceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
			} catch (Exception e) {
				display.asyncExec(() -> finished(null, target, e));
				return Status.error("The export failed: " + e.getMessage(), e);
			}
		});
		running.setUser(false);
		running.schedule();
	}

	/** @return the options the dialog shows, or an exception that names what is wrong */
	ExportOptions options() {
		if (project.getSelectionIndex() < 0) {
			throw new IllegalArgumentException("Choose a project.");
		}
		if (folder.getText().isBlank()) {
			throw new IllegalArgumentException("Choose a folder for the dataset.");
		}
		ExportFormat chosen = selectedFormat();
		String set = sets.getText();
		ExportOptions options = ExportOptions.of(chosen.name())
				.withSets(set.equals(GOLD) ? SetSelection.gold() : set.equals(ALL) ? SetSelection.all()
						: SetSelection.annotator(set))
				.withOffsets(offsets.getSelectionIndex() == 1 ? OffsetUnit.UTF16 : OffsetUnit.CODEPOINT)
				.withBoilerplate(boilerplate.getSelection()).withPseudonyms(pseudonymise.getSelection())
				.withoutText(withoutText.getSelection()).withCuratedOnly(curatedOnly.getSelection())
				.withLicence(licence.getText().isBlank() ? null : licence.getText().strip());
		if (!split.getText().isBlank()) {
			long seedValue;
			try {
				seedValue = seed.getText().isBlank() ? 0 : Long.parseLong(seed.getText().strip());
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("The seed is a whole number, not '" + seed.getText() + "'.");
			}
			options = options.withSplit(Split.parse(split.getText().strip(), seedValue));
		}
		if (scheme.isEnabled()) {
			options = options.withFormatOption("scheme", scheme.getSelectionIndex() == 1 ? "iob1" : "iob2");
			if (docstart.getSelection()) {
				options = options.withFormatOption("docstart", "true");
			}
		}
		return options;
	}

	private void finished(ExportReport report, Path target, Exception failure) {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		running = null;
		if (failure != null) {
			inputs.forEach(c -> c.setEnabled(true));
			formatChosen();
			getButton(IDialogConstants.OK_ID).setEnabled(true);
			status.setText("");
			setErrorMessage(failure instanceof IllegalArgumentException ? failure.getMessage()
					: "The export failed and left nothing in the folder: " + failure.getMessage());
			return;
		}
		done = true;
		progress.setSelection(progress.getMaximum());
		if (report.canceled()) {
			status.setText("Canceled: nothing was written to " + target + ".");
			setMessage("The export was canceled.", IMessageProvider.WARNING);
		} else {
			StringBuilder text = new StringBuilder();
			report.documents().forEach((set, n) -> text.append(set).append(": ").append(n)
					.append(n == 1 ? " document. " : " documents. "));
			text.append(report.files().size()).append(" files and the card (README.md, card.json) in ").append(target)
					.append('.');
			if (!report.dropped().isEmpty()) {
				text.append(' ').append(report.dropped().size()).append(" documents had annotations the format cannot"
						+ " hold; the card lists them.");
			}
			status.setText(text.toString());
			setMessage("The dataset is exported.", IMessageProvider.INFORMATION);
		}
		getButton(IDialogConstants.OK_ID).setText("Close");
		getButton(IDialogConstants.OK_ID).setEnabled(true);
		getButton(IDialogConstants.CANCEL_ID).setEnabled(false);
		getShell().layout(true, true);
	}

	@Override
	protected void cancelPressed() {
		if (running != null) {
			running.cancel();
			status.setText("Canceling: the files written so far are being removed…");
			getButton(IDialogConstants.CANCEL_ID).setEnabled(false);
			return;
		}
		super.cancelPressed();
	}

	@Override
	public boolean close() {
		if (running != null) {
			// Closing the window does not leave an export running unseen: it cancels it.
			running.cancel();
		}
		return super.close();
	}

	private Combo combo(Composite form, String label, String key) {
		label(form, label);
		Combo combo = new Combo(form, SWT.READ_ONLY);
		combo.setData(WorkbenchIds.WIDGET_KEY, key);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(combo);
		inputs.add(combo);
		return combo;
	}

	private Text text(Composite parent, String key, String hint) {
		Text text = new Text(parent, SWT.BORDER);
		text.setMessage(hint);
		text.setData(WorkbenchIds.WIDGET_KEY, key);
		inputs.add(text);
		return text;
	}

	private Button check(Composite form, String label, String key) {
		new Label(form, SWT.NONE);
		Button check = new Button(form, SWT.CHECK);
		check.setText(label);
		check.setData(WorkbenchIds.WIDGET_KEY, key);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(check);
		inputs.add(check);
		return check;
	}

	private static void label(Composite form, String text) {
		new Label(form, SWT.NONE).setText(text);
	}
}
