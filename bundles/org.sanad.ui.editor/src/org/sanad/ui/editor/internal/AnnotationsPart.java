package org.sanad.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.sanad.editing.AnnotationActions;
import org.sanad.editing.Delta;
import org.sanad.model.Annotation;
import org.sanad.model.EntityMention;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;

import jakarta.annotation.PostConstruct;

/** The outline: the active document's annotations grouped by layer. Select to show, Delete to remove. */
public final class AnnotationsPart extends ActiveSessionPart {

	/** A layer's group in the tree. */
	record Group(String name, Class<? extends Annotation> type, List<Annotation> members) {
		@Override
		public String toString() {
			return name + " (" + members.size() + ")";
		}
	}

	private TreeViewer viewer;
	private boolean syncing;

	@PostConstruct
	void create(Composite parent) {
		viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setData(DocumentStancePanel.WIDGET_KEY, "annotations.tree");
		viewer.setUseHashlookup(true);
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ArrayContentProvider.getInstance().getElements(input);
			}

			@Override
			public Object[] getChildren(Object parent) {
				return parent instanceof Group g ? g.members().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof Group g && !g.members().isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof Annotation a ? Describe.of(a, session == null ? null : session.text())
						: element.toString();
			}
		});
		viewer.addSelectionChangedListener(e -> {
			if (!syncing && session != null && e.getStructuredSelection().getFirstElement() instanceof Annotation a
					&& session.set().getAnnotations().contains(a)) {
				session.select(a);
			}
		});
		viewer.getTree().addListener(SWT.KeyDown, e -> {
			if ((e.keyCode == SWT.DEL || e.keyCode == SWT.BS) && session != null) {
				List<Annotation> chosen = new ArrayList<>();
				for (Object o : viewer.getStructuredSelection()) {
					if (o instanceof Annotation a) {
						chosen.add(a);
					}
				}
				new AnnotationActions(session).delete(chosen);
			}
		});
		sessionChanged();
	}

	@Override
	protected Control control() {
		return viewer == null ? null : viewer.getControl();
	}

	@Override
	protected void sessionChanged() {
		refresh();
	}

	private void refresh() {
		if (session == null) {
			viewer.setInput(new Object[0]);
			return;
		}
		List<Group> groups = List.of(group("Entities", EntityMention.class), group("Stance", Stance.class),
				group("Sources", SourceAttribution.class));
		viewer.getTree().setRedraw(false);
		try {
			viewer.setInput(groups.toArray());
			viewer.expandAll();
		} finally {
			viewer.getTree().setRedraw(true);
		}
		showSelection(session.selected());
	}

	private Group group(String name, Class<? extends Annotation> type) {
		List<Annotation> members = session.set().getAnnotations().stream().filter(type::isInstance)
				.sorted(java.util.Comparator.comparingInt(AnnotationsPart::position)).map(Annotation.class::cast)
				.toList();
		return new Group(name, type, members);
	}

	private static int position(Annotation a) {
		return org.sanad.editing.Mark.of(a).stream().mapToInt(org.sanad.editing.Mark::begin).findFirst().orElse(-1);
	}

	@Override
	public void annotationsChanged(Delta delta) {
		refresh();
	}

	@Override
	public void selectionChanged(Annotation selected) {
		showSelection(selected);
	}

	private void showSelection(Annotation selected) {
		syncing = true;
		try {
			viewer.setSelection(selected == null ? StructuredSelection.EMPTY : new StructuredSelection(selected), true);
		} finally {
			syncing = false;
		}
	}

	/** @return the labels of the tree's items, for the UI test report */
	List<String> itemTexts() {
		List<String> texts = new ArrayList<>();
		for (var item : viewer.getTree().getItems()) {
			for (var child : item.getItems()) {
				texts.add(child.getText());
			}
		}
		return texts;
	}

	@Focus
	void focus() {
		viewer.getControl().setFocus();
	}

	IStructuredSelection selection() {
		return viewer.getStructuredSelection();
	}
}
