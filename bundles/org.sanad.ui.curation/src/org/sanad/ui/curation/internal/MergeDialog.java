package org.sanad.ui.curation.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.sanad.curation.Curation;
import org.sanad.curation.MergeReport;
import org.sanad.curation.MergeStrategy;
import org.sanad.model.Project;
import org.sanad.ui.ProgressBarMonitor;
import org.sanad.ui.WorkbenchIds;
import org.sanad.workspace.Workspace;

/**
 * Curation > Merge Automatically...: the choices of {@code sanad curate}, run as a job with a
 * progress bar and Cancel (documents merged before a cancel stay merged: each is its own
 * transaction), and what was merged and left.
 */
final class MergeDialog extends TitleAreaDialog {

	private final Workspace workspace;
	private final Curation curation;
	private final String curator;
	private List<Project> projects = List.of();
	private Combo project;
	private Combo strategy;
	private Spinner minimum;
	private ProgressBar progress;
	private Label status;
	private Job running;
	private boolean done;

	MergeDialog(Shell shell, Workspace workspace, Curation curation, String curator) {
		super(shell);
		this.workspace = workspace;
		this.curation = curation;
		this.curator = curator;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		getShell().setText("Merge Automatically");
		setTitle("Merge what the annotators agree on into the gold set");
		setMessage("Units a curator decided on, and units the gold set already holds, are never changed.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		new Label(form, SWT.NONE).setText("Project:");
		project = new Combo(form, SWT.READ_ONLY);
		project.setData(WorkbenchIds.WIDGET_KEY, "merge.project");
		projects = new ArrayList<>(workspace.store().projects());
		projects.forEach(p -> project.add(p.getName()));
		project.select(projects.isEmpty() ? -1 : 0);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(project);
		new Label(form, SWT.NONE).setText("Strategy:");
		strategy = new Combo(form, SWT.READ_ONLY);
		strategy.setItems("unanimous: every annotator chose the same", "majority: more than half chose the same");
		strategy.select(0);
		strategy.setData(WorkbenchIds.WIDGET_KEY, "merge.strategy");
		new Label(form, SWT.NONE).setText("Only documents with at least");
		minimum = new Spinner(form, SWT.BORDER);
		minimum.setValues(2, 1, 100, 0, 1, 1);
		minimum.setData(WorkbenchIds.WIDGET_KEY, "merge.minimum");
		new Label(form, SWT.NONE).setText("annotators");
		new Label(form, SWT.NONE);
		progress = new ProgressBar(form, SWT.SMOOTH);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(progress);
		status = new Label(form, SWT.WRAP);
		status.setData(WorkbenchIds.WIDGET_KEY, "merge.status");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(status);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Merge", true).setData(WorkbenchIds.WIDGET_KEY, "merge.run");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		if (done) {
			super.okPressed();
			return;
		}
		if (project.getSelectionIndex() < 0) {
			setErrorMessage("Choose a project.");
			return;
		}
		Project chosen = projects.get(project.getSelectionIndex());
		MergeStrategy how = strategy.getSelectionIndex() == 1 ? MergeStrategy.MAJORITY : MergeStrategy.UNANIMOUS;
		int min = minimum.getSelection();
		getButton(IDialogConstants.OK_ID).setEnabled(false);
		status.setText("Merging " + chosen.getName() + "…");
		var display = getShell().getDisplay();
		running = Job.create("Merging " + chosen.getName(), monitor -> {
			try {
				MergeReport report = curation.merge(workspace.store(), chosen.getId(), how, min, curator,
						new ProgressBarMonitor(monitor, progress));
				display.asyncExec(() -> finished(report, null));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				display.asyncExec(() -> finished(null, "Canceled; the documents merged until then stay merged."));
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) {
				display.asyncExec(() -> finished(null, "The merge stopped: " + e.getMessage()));
				return Status.error("The merge failed", e);
			}
		});
		running.schedule();
	}

	private void finished(MergeReport report, String problem) {
		if (getShell() == null || getShell().isDisposed()) {
			return;
		}
		running = null;
		done = true;
		if (report != null) {
			status.setText("Merged " + report.mergedTotal() + " units in " + report.documents() + " documents "
					+ report.merged() + "; left for the curator: " + report.leftTotal() + " " + report.left()
					+ "; kept as decided: " + report.kept() + ".");
		} else {
			status.setText(problem);
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
			return;
		}
		super.cancelPressed();
	}
}
