package org.sanad.ui.editor.internal;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.sanad.editing.Refusal;

/**
 * Asks which name of the schema as it is now the waiting annotations get instead of the one the
 * store refused (renamed or removed while they waited).
 */
final class RelabelDialog extends Dialog {

	private final Refusal refusal;
	private final int pending;
	private final List<String> names;
	private Combo combo;
	private String chosen;

	RelabelDialog(Shell shell, Refusal refusal, int pending, List<String> names) {
		super(shell);
		this.refusal = refusal;
		this.pending = pending;
		this.names = names;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Relabel Waiting Edits");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label question = new Label(area, SWT.WRAP);
		question.setText(describe(refusal.field()) + " '" + refusal.name() + "' is no longer in the project's schema"
				+ " (renamed or removed by an administrator), so the server refused "
				+ (pending == 1 ? "your waiting edit" : "the first of your " + pending + " waiting edits") + ".\n"
				+ "Give every waiting annotation that uses '" + refusal.name() + "' this name instead:");
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(question);
		combo = new Combo(area, SWT.READ_ONLY);
		combo.setItems(names.toArray(String[]::new));
		if (!names.isEmpty()) {
			combo.select(0);
		}
		combo.setData(DocumentStancePanel.WIDGET_KEY, "relabel.name");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Relabel", true).setData(DocumentStancePanel.WIDGET_KEY,
				"relabel.ok");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		getButton(IDialogConstants.OK_ID).setEnabled(!names.isEmpty());
	}

	@Override
	protected void okPressed() {
		chosen = combo.getText();
		super.okPressed();
	}

	/** @return the name chosen, or {@code null} when canceled */
	String chosen() {
		return chosen;
	}

	static String describe(String field) {
		return switch (field) {
		case "label" -> "The entity label";
		case "target" -> "The stance target";
		default -> "The source kind";
		};
	}
}
