package org.sanad.ui.editor.internal;

import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.sanad.editing.Delta;
import org.sanad.model.validation.Problem;

import jakarta.annotation.PostConstruct;

/**
 * Live validation of the active document: errors and warnings, checked again a moment after the
 * last edit (not on every keystroke). Open one to select its annotation in the editor.
 */
public final class ProblemsPart extends ActiveSessionPart {

	private static final int SETTLE_MILLIS = 250;

	private TableViewer viewer;
	private boolean scheduled;

	@PostConstruct
	void create(Composite parent) {
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setData(DocumentStancePanel.WIDGET_KEY, "problems.table");
		column("", 70, p -> p.severity() == Problem.Severity.ERROR ? "Error" : "Warning");
		column("Problem", 420, Problem::message);
		column("Where", 110, p -> p.begin() < 0 ? "document" : p.begin() + "–" + p.end());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addOpenListener(e -> {
			if (session != null && ((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement() instanceof Problem p) {
				session.annotation(p.annotationId()).ifPresent(session::select);
			}
		});
		sessionChanged();
	}

	private void column(String title, int width, java.util.function.Function<Problem, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Problem) element);
			}
		});
	}

	@Override
	protected Control control() {
		return viewer == null ? null : viewer.getControl();
	}

	@Override
	protected void sessionChanged() {
		validate();
	}

	@Override
	public void annotationsChanged(Delta delta) {
		if (!scheduled) {
			scheduled = true;
			viewer.getControl().getDisplay().timerExec(SETTLE_MILLIS, () -> {
				scheduled = false;
				if (!viewer.getControl().isDisposed()) {
					validate();
				}
			});
		}
	}

	private void validate() {
		List<Problem> problems = session == null ? List.of() : session.problems();
		viewer.setInput(problems);
	}

	@Focus
	void focus() {
		viewer.getControl().setFocus();
	}
}
