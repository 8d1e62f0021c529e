package org.sanad.ui.project.internal;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.sanad.model.LabelSchema;
import org.sanad.model.Project;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.ui.WorkbenchIds;
import org.sanad.workspace.Workspace;

/**
 * File > New Project...: a name, a description, and the schema to start from (Sanad's default, or
 * a copy of another project's). Names are unique; a taken or empty name is refused in the dialog.
 */
final class NewProjectDialog extends TitleAreaDialog {

	private final Workspace workspace;
	private final List<Project> projects;
	private Text name;
	private Text description;
	private Combo schema;
	private Project created;

	NewProjectDialog(Shell shell, Workspace workspace) {
		super(shell);
		this.workspace = workspace;
		this.projects = workspace.store().projects();
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		getShell().setText("New Project");
		setTitle("A new project");
		setMessage("Its documents and annotations stay apart from other projects'.");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite form = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		new Label(form, SWT.NONE).setText("Name:");
		name = new Text(form, SWT.BORDER);
		name.setData(WorkbenchIds.WIDGET_KEY, "project.name");
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(name);
		new Label(form, SWT.NONE).setText("Description:");
		description = new Text(form, SWT.BORDER);
		description.setData(WorkbenchIds.WIDGET_KEY, "project.description");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(description);
		new Label(form, SWT.NONE).setText("Label schema:");
		schema = new Combo(form, SWT.READ_ONLY);
		schema.setData(WorkbenchIds.WIDGET_KEY, "project.schema");
		schema.add("Sanad's default (entities, stance targets, source kinds, Admiralty scales)");
		projects.forEach(p -> schema.add("A copy of " + p.getName() + "'s (version " + p.getSchema().getVersion() + ")"));
		schema.select(0);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Create", true).setData(WorkbenchIds.WIDGET_KEY, "project.create");
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		String chosen = name.getText().strip();
		if (chosen.isEmpty()) {
			setErrorMessage("A project needs a name.");
			return;
		}
		if (projects.stream().anyMatch(p -> p.getName().equals(chosen))) {
			setErrorMessage("There is a project named '" + chosen + "' already.");
			return;
		}
		LabelSchema start = schema.getSelectionIndex() <= 0 ? DefaultSchema.create()
				: EcoreUtil.copy(projects.get(schema.getSelectionIndex() - 1).getSchema());
		try {
			created = workspace.store().createProject(chosen,
					description.getText().isBlank() ? null : description.getText().strip(), start);
		} catch (RuntimeException e) {
			setErrorMessage("Not created: " + e.getMessage());
			return;
		}
		super.okPressed();
	}

	/** @return the project made, or {@code null} */
	Project created() {
		return created;
	}
}
