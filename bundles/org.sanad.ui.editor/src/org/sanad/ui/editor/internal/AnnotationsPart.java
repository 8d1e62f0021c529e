package org.sanad.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sanad.editing.AnnotationActions;
import org.sanad.editing.Delta;
import org.sanad.editing.OutlineRows;
import org.sanad.model.Annotation;

import jakarta.annotation.PostConstruct;

/**
 * The outline: the active document's annotations grouped by layer, each group under a heading
 * row, in text order. A virtual table: only the rows on screen are filled, so 20,000 annotations
 * cost no more than twenty. Select a row to select the annotation; Delete removes the selected.
 */
public final class AnnotationsPart extends ActiveSessionPart {

	/** Above this many touched annotations, rebuilding the rows is cheaper than patching them. */
	private static final int PATCH_LIMIT = 64;

	private Table table;
	private Font bold;
	private final OutlineRows rows = new OutlineRows();
	private boolean syncing;
	/**
	 * The annotation whose row the table shows selected, kept here because asking the table costs
	 * a walk over all its rows (GTK counts selected rows one by one); asked only after rows changed.
	 */
	private Annotation tableSelected;
	/** Rows were taken out or put in since: the table's selection may have moved, so ask it once. */
	private boolean rowsChanged;

	@PostConstruct
	void create(Composite parent) {
		table = new Table(parent, SWT.MULTI | SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setData(DocumentStancePanel.WIDGET_KEY, "annotations.list");
		bold = new LocalResourceManager(JFaceResources.getResources(), table)
				.create(FontDescriptor.createFrom(table.getFont()).setStyle(SWT.BOLD));
		// one column as wide as the table: without columns the table measures every row it fills
		// to size its scrolling width, a Pango layout per row
		TableColumn column = new TableColumn(table, SWT.NONE);
		table.addListener(SWT.Resize, e -> column.setWidth(Math.max(1, table.getClientArea().width)));
		table.addListener(SWT.SetData, e -> fill((TableItem) e.item, e.index));
		table.addListener(SWT.Selection, e -> {
			if (syncing) {
				return;
			}
			int index = table.getSelectionIndex();
			// the table shows it already, with any other rows the user chose to delete at once
			tableSelected = index >= 0 && rows.get(index) instanceof Annotation a ? a : null;
			if (session != null && index >= 0 && rows.get(index) instanceof Annotation a && session.holds(a)) {
				session.select(a);
			}
		});
		table.addListener(SWT.KeyDown, e -> {
			if ((e.keyCode == SWT.DEL || e.keyCode == SWT.BS) && session != null) {
				List<Annotation> chosen = new ArrayList<>();
				for (int index : table.getSelectionIndices()) {
					if (rows.get(index) instanceof Annotation a) {
						chosen.add(a);
					}
				}
				new AnnotationActions(session).delete(chosen);
			}
		});
		sessionChanged();
	}

	private void fill(TableItem item, int index) {
		Object row = rows.get(index);
		if (row instanceof Annotation a) {
			item.setText("    " + Describe.of(a, session.text()));
		} else {
			item.setText(((OutlineRows.Layer) row).heading() + " (" + rows.groupSize(index) + ")");
			item.setFont(bold);
		}
	}

	@Override
	protected Control control() {
		return table;
	}

	@Override
	protected void sessionChanged() {
		refresh();
	}

	private void refresh() {
		if (session == null) {
			rows.clear();
		} else {
			rows.rebuild(session.set().getAnnotations());
		}
		table.clearAll();
		table.setItemCount(rows.size());
		table.deselectAll();
		tableSelected = null;
		showSelection(session == null ? null : session.selected());
	}

	/**
	 * Patches the rows an edit touched instead of rebuilding them: the table removes and inserts
	 * those rows alone, and refreshes the headings' counts; clearing all 20,000 would cost more
	 * than a key may.
	 */
	private void patch(Delta delta) {
		rows.patch(delta.touched(), session::holds, new OutlineRows.RowListener() {
			@Override
			public void removed(int row) {
				table.remove(row);
			}

			@Override
			public void inserted(int row) {
				new TableItem(table, SWT.NONE, row);
			}
		});
		for (int heading : rows.headingRows()) {
			table.clear(heading);
		}
		// rows taken out and put in may leave the table's selection elsewhere: look, once
		rowsChanged = true;
		showSelection(session.selected());
	}

	@Override
	public void annotationsChanged(Delta delta) {
		if (delta.touched().size() > PATCH_LIMIT) {
			refresh();
		} else {
			patch(delta);
		}
	}

	@Override
	public void selectionChanged(Annotation selected) {
		showSelection(selected);
	}

	private void showSelection(Annotation selected) {
		if (selected == tableSelected && !rowsChanged) {
			return;
		}
		syncing = true;
		try {
			int index = selected == null ? -1 : rows.indexOf(selected);
			if (rowsChanged) {
				if (index < 0 && table.getSelectionCount() > 0) {
					table.deselectAll();
				} else if (index >= 0 && (table.getSelectionCount() != 1 || table.getSelectionIndex() != index)) {
					table.setSelection(index);
				}
			} else if (index < 0) {
				table.deselectAll();
			} else {
				table.setSelection(index);
			}
			tableSelected = index < 0 ? null : selected;
			rowsChanged = false;
		} finally {
			syncing = false;
		}
	}

	@Focus
	void focus() {
		table.setFocus();
	}
}
