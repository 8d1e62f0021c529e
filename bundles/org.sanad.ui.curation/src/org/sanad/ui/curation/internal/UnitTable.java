package org.sanad.ui.curation.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sanad.curation.CurationUnit;
import org.sanad.curation.Values;
import org.sanad.model.Annotation;
import org.sanad.store.CurationDecision;
import org.sanad.ui.WorkbenchIds;

/**
 * The units of a document, one row each: layer, covered text, each annotator's choice, the gold
 * set's and the decision with its reason. A virtual table: rows are filled as they scroll in.
 */
final class UnitTable {

	private final Table table;
	private List<CurationUnit> rows = List.of();
	private List<String> annotators = List.of();
	private String text = "";

	UnitTable(Composite parent) {
		table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.VIRTUAL | SWT.BORDER | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(WorkbenchIds.WIDGET_KEY, "curation.units");
		table.addListener(SWT.SetData, e -> fill((TableItem) e.item, table.indexOf((TableItem) e.item)));
	}

	Table control() {
		return table;
	}

	/** Shows these units; columns follow the annotators. */
	void show(List<CurationUnit> units, List<String> names, String documentText) {
		if (!names.equals(annotators) || table.getColumnCount() == 0) {
			for (TableColumn column : table.getColumns()) {
				column.dispose();
			}
			column("Layer", 50);
			column("Text", 120);
			names.forEach(n -> column(n, 80));
			column("Gold", 80);
			column("Decision", 200);
		}
		this.rows = units;
		this.annotators = names;
		this.text = documentText;
		table.setItemCount(units.size());
		table.clearAll();
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.NONE);
		column.setText(title);
		column.setWidth(width);
	}

	private void fill(TableItem item, int index) {
		CurationUnit unit = rows.get(index);
		int c = 0;
		item.setText(c++, unit.layer());
		item.setText(c++, covered(unit));
		for (String annotator : annotators) {
			Annotation a = unit.candidates().get(annotator);
			item.setText(c++, a == null ? "—" : Values.describe(a));
		}
		item.setText(c++, unit.gold().isEmpty() ? "" : Values.describe(unit.gold().get(0)));
		item.setText(c, decision(unit.decision()));
	}

	private String covered(CurationUnit unit) {
		if (unit.begin() < 0) {
			return unit.key().substring(unit.key().indexOf(':') + 1) + " (document)";
		}
		String covered = text.substring(unit.begin(), Math.min(text.length(), unit.end()));
		return covered.length() > 60 ? covered.substring(0, 57) + "…" : covered;
	}

	static String decision(CurationDecision d) {
		if (d == null) {
			return "";
		}
		String what = switch (d.action()) {
		case ACCEPT -> "accepted " + d.annotator() + "'s";
		case REJECT -> "rejected";
		case ANNOTATE -> "annotated anew";
		case MERGE -> "merged (" + d.annotator() + ")";
		};
		return what + " by " + d.curator() + (d.reason() == null || d.action() == CurationDecision.Action.MERGE ? ""
				: ": " + d.reason());
	}

	/** @return the unit of the selected row, or {@code null} */
	CurationUnit selected() {
		int index = table.getSelectionIndex();
		return index < 0 || index >= rows.size() ? null : rows.get(index);
	}

	/** Selects the row of {@code key}, or the nearest row at {@code fallback}. */
	void select(String key, int fallback) {
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).key().equals(key)) {
				table.setSelection(i);
				return;
			}
		}
		if (!rows.isEmpty()) {
			table.setSelection(Math.max(0, Math.min(rows.size() - 1, fallback)));
		}
	}

	List<CurationUnit> rows() {
		return rows;
	}
}
