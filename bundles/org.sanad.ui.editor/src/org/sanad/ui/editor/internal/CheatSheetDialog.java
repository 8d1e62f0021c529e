package org.sanad.ui.editor.internal;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.sanad.model.LabelSchema;
import org.sanad.model.Layer;
import org.sanad.model.schema.Layers;

/** The key-binding cheat sheet: the editor's keys and the schema's label keys with their colours. */
public final class CheatSheetDialog extends Dialog {

	private final LabelSchema schema;

	public CheatSheetDialog(Shell parent, LabelSchema schema) {
		super(parent);
		this.schema = schema;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Keys of the annotation editor");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite grid = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(18, 4).applyTo(grid);
		if (schema != null) {
			for (Layer layer : schema.getLayers()) {
				if (!Layers.ENTITY.equals(layer.getId())) {
					continue;
				}
				for (var label : layer.getLabels()) {
					if (label.getKey() == null) {
						continue;
					}
					line(grid, label.getKey(), label.getName() + " — " + label.getDescription(),
							new Color(Colours.parse(label.getColour())));
				}
			}
		}
		for (String[] entry : java.util.stream.Stream.concat(EditorKeys.REFERENCE.stream(), SuggestionKeys.REFERENCE.stream()).toList()) {
			line(grid, entry[0], entry[1], null);
		}
		return area;
	}

	private static void line(Composite grid, String key, String meaning, Color colour) {
		Label k = new Label(grid, SWT.NONE);
		k.setText(key);
		if (colour != null) {
			k.setForeground(colour);
		}
		new Label(grid, SWT.NONE).setText(meaning);
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
