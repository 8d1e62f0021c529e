package org.sanad.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.sanad.editing.AnnotationActions;
import org.sanad.editing.AnnotationSession;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Stance;
import org.sanad.model.StanceTarget;

/**
 * The document-level stances above the text, one row each: target, polarity and holder (chosen
 * from the document's person and organisation mentions), and a button to add one.
 */
final class DocumentStancePanel {

	/** Widget data key naming the panel's controls, for scripted UI tests. */
	static final String WIDGET_KEY = org.sanad.ui.WorkbenchIds.WIDGET_KEY;

	private final Composite body;
	private final AnnotationSession session;
	private final AnnotationActions actions;
	private boolean hasStances;

	DocumentStancePanel(Composite parent, AnnotationSession session, AnnotationActions actions) {
		this.session = session;
		this.actions = actions;
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).margins(6, 4).spacing(6, 3).applyTo(body);
		refresh();
	}

	Control control() {
		return body;
	}

	/** Rebuilds the rows from the set. */
	void refresh() {
		for (Control child : body.getChildren()) {
			child.dispose();
		}
		List<Stance> stances = documentStances();
		hasStances = !stances.isEmpty();
		for (int i = 0; i < stances.size(); i++) {
			row(stances.get(i), i);
		}
		Button add = new Button(body, SWT.PUSH);
		add.setText("Add document stance");
		add.setData(WIDGET_KEY, "stance.add");
		GridDataFactory.swtDefaults().span(2, 1).applyTo(add);
		Label hint = new Label(body, SWT.NONE);
		hint.setText(stances.isEmpty() ? "No document stance yet" : "");
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(hint);
		add.addListener(SWT.Selection, e -> {
			List<StanceTarget> targets = session.schema().getStanceTargets();
			actions.documentStance(targets.isEmpty() ? null : targets.get(0).getId(), null, null);
		});
		body.requestLayout();
	}

	private void row(Stance stance, int index) {
		Label name = new Label(body, SWT.NONE);
		name.setText("Document stance:");
		List<StanceTarget> targets = session.schema().getStanceTargets();
		Combo target = combo("stance." + index + ".target");
		targets.forEach(t -> target.add(t.getName()));
		target.select(indexOfTarget(targets, stance.getTarget()));
		target.addListener(SWT.Selection,
				e -> actions.setStanceTarget(stance, targets.get(target.getSelectionIndex()).getId()));
		Combo polarity = combo("stance." + index + ".polarity");
		for (Polarity p : Polarity.VALUES) {
			polarity.add(p.getLiteral());
		}
		polarity.select(stance.isSetPolarity() ? stance.getPolarity().getValue() : -1);
		polarity.addListener(SWT.Selection,
				e -> actions.setPolarity(stance, Polarity.get(polarity.getSelectionIndex())));
		List<EntityMention> holders = new ArrayList<>(actions.holderCandidates());
		Combo holder = combo("stance." + index + ".holder");
		holder.add("(no holder)");
		holders.forEach(m -> holder.add(Describe.of(m, session.text())));
		holder.select(stance.getHolder() == null ? 0 : holders.indexOf(stance.getHolder()) + 1);
		holder.addListener(SWT.Selection, e -> {
			int i = holder.getSelectionIndex();
			actions.setHolder(stance, i <= 0 ? null : holders.get(i - 1));
		});
		Button remove = new Button(body, SWT.PUSH);
		remove.setText("Remove");
		remove.addListener(SWT.Selection, e -> actions.delete(List.of(stance)));
	}

	private Combo combo(String id) {
		Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(WIDGET_KEY, id);
		GridDataFactory.fillDefaults().hint(id.endsWith("polarity") ? 100 : 165, SWT.DEFAULT).applyTo(combo);
		return combo;
	}

	private static int indexOfTarget(List<StanceTarget> targets, String id) {
		for (int i = 0; i < targets.size(); i++) {
			if (targets.get(i).getId().equals(id)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * @return whether the panel shows a stance; kept from the last refresh, which every edit of a
	 *         document stance causes, so that a label key need not look through the whole set
	 */
	boolean hasStances() {
		return hasStances;
	}

	private List<Stance> documentStances() {
		return session.set().getAnnotations().stream().filter(Stance.class::isInstance).map(Stance.class::cast)
				.filter(s -> s.getEvidence() == null).toList();
	}
}
