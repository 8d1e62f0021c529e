package org.sanad.ui.editor.internal;

import java.util.ArrayList;
import java.util.Comparator;
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
import org.eclipse.swt.widgets.TableItem;
import org.sanad.editing.AnnotationActions;
import org.sanad.editing.Delta;
import org.sanad.editing.Mark;
import org.sanad.model.Annotation;
import org.sanad.model.EntityMention;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;

import jakarta.annotation.PostConstruct;

/**
 * The outline: the active document's annotations grouped by layer, each group under a heading
 * row, in text order. A virtual table: only the rows on screen are filled, so 20,000 annotations
 * cost no more than twenty. Select a row to select the annotation; Delete removes the selected.
 */
public final class AnnotationsPart extends ActiveSessionPart {

	private record Layer(String heading, Class<? extends Annotation> type) {
	}

	private static final List<Layer> LAYERS = List.of(new Layer("Entities", EntityMention.class),
			new Layer("Stance", Stance.class), new Layer("Sources", SourceAttribution.class));

	/** Above this many touched annotations, rebuilding the rows is cheaper than patching them. */
	private static final int PATCH_LIMIT = 64;

	private Table table;
	private Font bold;
	/** One entry per row: a {@link Layer} heading or an annotation. */
	private List<Object> rows = new ArrayList<>();
	private boolean syncing;

	@PostConstruct
	void create(Composite parent) {
		table = new Table(parent, SWT.MULTI | SWT.VIRTUAL | SWT.FULL_SELECTION | SWT.V_SCROLL);
		table.setData(DocumentStancePanel.WIDGET_KEY, "annotations.list");
		bold = new LocalResourceManager(JFaceResources.getResources(), table)
				.create(FontDescriptor.createFrom(table.getFont()).setStyle(SWT.BOLD));
		table.addListener(SWT.SetData, e -> fill((TableItem) e.item, e.index));
		table.addListener(SWT.Selection, e -> {
			int index = table.getSelectionIndex();
			if (!syncing && session != null && index >= 0 && rows.get(index) instanceof Annotation a
					&& session.set().getAnnotations().contains(a)) {
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
			item.setText(((Layer) row).heading() + " (" + (end(index) - index - 1) + ")");
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
		List<Object> next = new ArrayList<>();
		if (session != null) {
			for (Layer layer : LAYERS) {
				next.add(layer);
				next.addAll(members(layer.type()));
			}
		}
		rows = next;
		table.clearAll();
		table.setItemCount(rows.size());
		showSelection(session == null ? null : session.selected());
	}

	/** Patches the rows an edit touched: a binary search per annotation instead of a rebuild. */
	private void patch(Delta delta) {
		for (Annotation a : delta.touched()) {
			int at = indexOf(a);
			if (at >= 0) {
				rows.remove(at);
			}
			if (session.set().getAnnotations().contains(a)) {
				rows.add(insertionPoint(a), a);
			}
		}
		table.setItemCount(rows.size());
		table.clearAll();
		showSelection(session.selected());
	}

	private int insertionPoint(Annotation a) {
		int heading = 0;
		while (!((Layer) rows.get(heading)).type().isInstance(a)) {
			heading = end(heading);
		}
		int low = heading + 1;
		int high = end(heading);
		int position = position(a);
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (position((Annotation) rows.get(mid)) <= position) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}

	/** @return the index after the last row of the group whose heading is at {@code heading} */
	private int end(int heading) {
		int i = heading + 1;
		while (i < rows.size() && !(rows.get(i) instanceof Layer)) {
			i++;
		}
		return i;
	}

	private int indexOf(Annotation a) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i) == a) {
				return i;
			}
		}
		return -1;
	}

	private static int position(Annotation a) {
		return Mark.of(a).stream().mapToInt(Mark::begin).findFirst().orElse(-1);
	}

	private List<Annotation> members(Class<? extends Annotation> type) {
		record Positioned(Annotation annotation, int position) {
		}
		List<Positioned> found = new ArrayList<>();
		for (Annotation a : session.set().getAnnotations()) {
			if (type.isInstance(a)) {
				found.add(new Positioned(a, position(a)));
			}
		}
		found.sort(Comparator.comparingInt(Positioned::position));
		return found.stream().map(Positioned::annotation).toList();
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
		syncing = true;
		try {
			int index = selected == null ? -1 : indexOf(selected);
			if (index < 0) {
				table.deselectAll();
			} else {
				table.setSelection(index);
			}
		} finally {
			syncing = false;
		}
	}

	@Focus
	void focus() {
		table.setFocus();
	}
}
