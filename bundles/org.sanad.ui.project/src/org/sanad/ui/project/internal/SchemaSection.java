package org.sanad.ui.project.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.sanad.model.LabelSchema;
import org.sanad.model.schema.Layers;
import org.sanad.model.schema.SchemaEdits;
import org.sanad.store.SchemaChange;
import org.sanad.store.SchemaDraft;
import org.sanad.ui.WorkbenchIds;

/**
 * The label schema part of the settings editor: a layer's names with their annotation counts (as
 * the pending changes leave them), and a form that proposes changes: add, rename, edit key,
 * colour and description, merge, remove. Proposals go to the editor, which checks them.
 */
final class SchemaSection {

	private static final String[] LAYERS = { Layers.ENTITY, Layers.STANCE, Layers.SOURCE };
	private static final String[] LAYER_NAMES = { "Entity labels", "Stance targets", "Source kinds" };

	private final Consumer<SchemaChange> propose;
	private final Consumer<String> problems;
	private final Map<String, Color> colours = new HashMap<>();
	private final Combo layer;
	private final Table table;
	private final Text name;
	private final Text key;
	private final Text colour;
	private final Text description;
	private Combo into;
	private Button deleteAnnotations;
	private final List<Button> entityOnly = new ArrayList<>();
	private SchemaDraft draft;

	/**
	 * @param propose  takes a proposed change; throws {@link IllegalArgumentException} to refuse it
	 * @param problems shows why a change was refused
	 */
	SchemaSection(Composite parent, Consumer<SchemaChange> propose, Consumer<String> problems) {
		this.propose = propose;
		this.problems = problems;
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		Composite left = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(left);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(left);
		new Label(left, SWT.NONE).setText("Layer:");
		layer = new Combo(left, SWT.READ_ONLY);
		layer.setItems(LAYER_NAMES);
		layer.select(0);
		layer.setData(WorkbenchIds.WIDGET_KEY, "settings.layer");
		layer.addListener(SWT.Selection, e -> refresh());
		table = new Table(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setData(WorkbenchIds.WIDGET_KEY, "settings.labels");
		for (String[] column : new String[][] { { "Name", "130" }, { "Key", "40" }, { "Colour", "75" },
				{ "Description", "260" }, { "Annotations", "90" } }) {
			TableColumn c = new TableColumn(table, SWT.NONE);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(380, 90).applyTo(table);
		table.addListener(SWT.Selection, e -> fillForm());

		// beside the table, what a change needs; below both, the changes
		Composite form = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(form);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(form);
		name = field(form, "Name:", "settings.name");
		key = field(form, "Key:", "settings.key");
		colour = field(form, "Colour:", "settings.colour");
		description = field(form, "Description:", "settings.description");
		Composite actions = new Composite(body, SWT.NONE);
		org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout();
		row.center = true;
		row.marginLeft = 0;
		actions.setLayout(row);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(actions);
		button(actions, "Add", "settings.add", () -> propose.accept(
				SchemaChange.add(layer(), name.getText(), entity() ? blank(key) : null, entity() ? blank(colour) : null)));
		button(actions, "Rename", "settings.rename", () -> selected()
				.ifPresent(n -> propose.accept(SchemaChange.rename(layer(), n, name.getText()))));
		entityOnly.add(button(actions, "Set Key, Colour, Description", "settings.edit", () -> selected().ifPresent(
				n -> propose.accept(SchemaChange.edit(n, key.getText(), colour.getText(), description.getText())))));
		button(actions, "Merge into:", "settings.merge", () -> selected().ifPresent(n -> {
			if (into.getSelectionIndex() < 0) {
				throw new IllegalArgumentException("choose the label to merge " + n + " into");
			}
			propose.accept(SchemaChange.merge(layer(), n, into.getText()));
		}));
		into = new Combo(actions, SWT.READ_ONLY);
		into.setData(WorkbenchIds.WIDGET_KEY, "settings.into");
		into.setToolTipText("The label the selected one is merged into");
		into.setLayoutData(new org.eclipse.swt.layout.RowData(110, SWT.DEFAULT));
		button(actions, "Remove", "settings.remove", () -> selected()
				.ifPresent(n -> propose.accept(SchemaChange.remove(layer(), n, deleteAnnotations.getSelection()))));
		deleteAnnotations = new Button(actions, SWT.CHECK);
		deleteAnnotations.setText("with its annotations");
		deleteAnnotations.setData(WorkbenchIds.WIDGET_KEY, "settings.deleteAnnotations");
	}

	private static Text field(Composite form, String label, String widgetKey) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER);
		text.setData(WorkbenchIds.WIDGET_KEY, widgetKey);
		GridDataFactory.fillDefaults().hint(150, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private Button button(Composite parent, String text, String widgetKey, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData(WorkbenchIds.WIDGET_KEY, widgetKey);
		button.addListener(SWT.Selection, e -> {
			try {
				action.run();
			} catch (IllegalArgumentException refused) {
				problems.accept(refused.getMessage());
			}
		});
		return button;
	}

	private static String blank(Text text) {
		return text.getText().isBlank() ? null : text.getText().strip();
	}

	private String layer() {
		return LAYERS[Math.max(0, layer.getSelectionIndex())];
	}

	private boolean entity() {
		return Layers.ENTITY.equals(layer());
	}

	private java.util.Optional<String> selected() {
		int index = table.getSelectionIndex();
		if (index < 0) {
			throw new IllegalArgumentException("select a name in the table first");
		}
		return java.util.Optional.of(table.getItem(index).getText(0));
	}

	/** Shows the draft: the schema as the pending changes leave it. */
	void show(SchemaDraft draft) {
		this.draft = draft;
		refresh();
	}

	private void refresh() {
		if (draft == null || table.isDisposed()) {
			return;
		}
		String keep = table.getSelectionIndex() < 0 ? null : table.getItem(table.getSelectionIndex()).getText(0);
		LabelSchema schema = draft.schema();
		Map<String, Long> usage = draft.usage(layer());
		table.removeAll();
		List<String> names = SchemaEdits.names(schema, layer());
		for (String n : names) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(0, n);
			item.setText(4, Long.toString(usage.getOrDefault(n, 0L)));
			if (entity()) {
				schema.getLayers().stream().filter(l -> Layers.ENTITY.equals(l.getId()))
						.flatMap(l -> l.getLabels().stream()).filter(l -> l.getName().equals(n)).findFirst()
						.ifPresent(l -> {
							item.setText(1, l.getKey() == null ? "" : l.getKey());
							item.setText(2, l.getColour() == null ? "" : l.getColour());
							item.setText(3, l.getDescription() == null ? "" : l.getDescription());
							if (l.getColour() != null) {
								item.setBackground(2, colour(l.getColour()));
							}
						});
			}
			if (n.equals(keep)) {
				table.setSelection(item);
			}
		}
		into.setItems(names.toArray(String[]::new));
		key.setEnabled(entity());
		colour.setEnabled(entity());
		description.setEnabled(entity());
		entityOnly.forEach(b -> b.setEnabled(entity()));
	}

	private void fillForm() {
		int index = table.getSelectionIndex();
		if (index < 0) {
			return;
		}
		TableItem item = table.getItem(index);
		name.setText(item.getText(0));
		key.setText(item.getText(1));
		colour.setText(item.getText(2));
		description.setText(item.getText(3));
	}

	private Color colour(String hex) {
		return colours.computeIfAbsent(hex, h -> new Color(new RGB(Integer.parseInt(h.substring(1, 3), 16),
				Integer.parseInt(h.substring(3, 5), 16), Integer.parseInt(h.substring(5, 7), 16))));
	}

	void dispose() {
		colours.values().forEach(Color::dispose);
		colours.clear();
	}
}
