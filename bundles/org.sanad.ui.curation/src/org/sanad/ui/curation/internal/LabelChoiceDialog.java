package org.sanad.ui.curation.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.sanad.ui.WorkbenchIds;

/** Asks which entity label the curator's own annotation of the selected text gets. */
final class LabelChoiceDialog extends Dialog {

	private final String covered;
	private final List<String> labels;
	private Combo combo;
	private String chosen;

	LabelChoiceDialog(Shell shell, String covered, List<String> labels) {
		super(shell);
		this.covered = covered;
		this.labels = labels;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Annotate anew");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.WRAP).setText("Entity label for «" + covered + "» in the gold set:");
		combo = new Combo(area, SWT.READ_ONLY);
		combo.setItems(labels.toArray(String[]::new));
		combo.select(0);
		combo.setData(WorkbenchIds.WIDGET_KEY, "curation.label");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		return area;
	}

	@Override
	protected void okPressed() {
		chosen = combo.getText();
		super.okPressed();
	}

	/** @return the label, or {@code null} when canceled */
	String chosen() {
		return chosen;
	}
}
