package org.sanad.ui.editor.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.ColorDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FontDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.graphics.FontData;
import org.sanad.model.LabelSchema;
import org.sanad.model.Layer;
import org.sanad.model.schema.Layers;
import org.sanad.ui.WorkbenchPreferences;

/** The workbench preferences: editor font and size, word snapping, and a colour per entity label. */
public final class PreferencesDialog extends Dialog {

	private final WorkbenchPreferences preferences;
	private final LabelSchema schema;
	private final Map<String, RGB> colours = new HashMap<>();
	private String fontName;
	private Spinner size;
	private Button snap;

	public PreferencesDialog(Shell parent, WorkbenchPreferences preferences, LabelSchema schema) {
		super(parent);
		this.preferences = preferences;
		this.schema = schema;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("Preferences");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Composite grid = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 6).applyTo(grid);
		fontName = preferences.fontName().orElse(null);
		new Label(grid, SWT.NONE).setText("Editor font");
		Button font = new Button(grid, SWT.PUSH);
		font.setText(fontName == null ? "System default" : fontName);
		font.addListener(SWT.Selection, e -> {
			FontDialog dialog = new FontDialog(getShell());
			FontData chosen = dialog.open();
			if (chosen != null) {
				fontName = chosen.getName();
				font.setText(fontName);
				size.setSelection(chosen.getHeight());
			}
		});
		new Label(grid, SWT.NONE).setText("Size (points)");
		size = new Spinner(grid, SWT.BORDER);
		size.setValues(preferences.fontSize(), 6, 72, 0, 1, 4);
		new Label(grid, SWT.NONE).setText("Selections");
		snap = new Button(grid, SWT.CHECK);
		snap.setText("Snap to whole words");
		snap.setSelection(preferences.snapToWords());
		for (Layer layer : schema.getLayers()) {
			if (Layers.ENTITY.equals(layer.getId())) {
				layer.getLabels().forEach(label -> colourRow(grid, label.getName(), label.getColour()));
			}
		}
		return area;
	}

	private void colourRow(Composite grid, String label, String schemaColour) {
		new Label(grid, SWT.NONE).setText(label);
		Button button = new Button(grid, SWT.PUSH);
		RGB current = Colours.parse(preferences.labelColour(label).orElse(schemaColour));
		paint(button, current);
		GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(button);
		button.addListener(SWT.Selection, e -> {
			ColorDialog dialog = new ColorDialog(getShell());
			dialog.setRGB(colours.getOrDefault(label, current));
			RGB chosen = dialog.open();
			if (chosen != null) {
				colours.put(label, chosen);
				paint(button, chosen);
			}
		});
	}

	private static void paint(Button button, RGB rgb) {
		button.setText(Colours.hex(rgb));
		button.setBackground(new Color(rgb));
	}

	@Override
	protected void okPressed() {
		if (fontName != null) {
			preferences.setFontName(fontName);
		}
		preferences.setFontSize(size.getSelection());
		preferences.setSnapToWords(snap.getSelection());
		colours.forEach((label, rgb) -> preferences.setLabelColour(label, Colours.hex(rgb)));
		try {
			preferences.save();
		} catch (IOException e) {
			MessageDialog.openError(getShell(), "Preferences", "Could not save the preferences: " + e.getMessage());
			return;
		}
		super.okPressed();
	}
}
