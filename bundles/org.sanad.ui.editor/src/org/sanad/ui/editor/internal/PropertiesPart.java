package org.sanad.ui.editor.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.sanad.editing.AnnotationActions;
import org.sanad.editing.Delta;
import org.sanad.model.Annotation;
import org.sanad.model.Credibility;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Reliability;
import org.sanad.model.ScaleLevel;
import org.sanad.model.Source;
import org.sanad.model.SourceAttribution;
import org.sanad.model.SourceKind;
import org.sanad.model.Stance;
import org.sanad.model.StanceTarget;
import org.sanad.model.TextSpan;

import jakarta.annotation.PostConstruct;

/** The attributes of the selected annotation, editable; each change is one undoable edit. */
public final class PropertiesPart extends ActiveSessionPart {

	private Composite body;

	@PostConstruct
	void create(Composite parent) {
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		sessionChanged();
	}

	@Override
	protected Control control() {
		return body;
	}

	@Override
	protected void sessionChanged() {
		rebuild();
	}

	@Override
	public void selectionChanged(Annotation selected) {
		rebuildLater();
	}

	@Override
	public void annotationsChanged(Delta delta) {
		if (session != null && delta.touched().contains(session.selected())) {
			rebuildLater();
		}
	}

	/** The edit may come from one of this part's own widgets, still in its listener: rebuild after it. */
	private void rebuildLater() {
		if (!rebuildScheduled) {
			rebuildScheduled = true;
			body.getDisplay().asyncExec(() -> {
				rebuildScheduled = false;
				if (!body.isDisposed()) {
					rebuild();
				}
			});
		}
	}

	private boolean rebuildScheduled;

	private void rebuild() {
		for (Control c : body.getChildren()) {
			c.dispose();
		}
		Annotation selected = session == null ? null : session.selected();
		if (selected == null) {
			note("Select an annotation in the editor or the outline.");
		} else {
			AnnotationActions actions = new AnnotationActions(session);
			row("Text", Describe.of(selected, session.text()));
			if (selected instanceof EntityMention m) {
				choice("Label", actions.entityLabels().stream().map(org.sanad.model.Label::getName).toList(),
						m.getLabel(), s -> s, v -> actions.relabel(m, v));
			} else if (selected instanceof SourceAttribution s) {
				source(actions, s);
			} else if (selected instanceof Stance st) {
				stance(actions, st);
			}
			row("Created by", selected.getCreatedBy());
			Label label = new Label(body, SWT.NONE);
			label.setText("Note");
			Text note = new Text(body, SWT.BORDER | SWT.SINGLE);
			note.setText(selected.getNote() == null ? "" : selected.getNote());
			note.setMessage("Press Enter to keep");
			GridDataFactory.fillDefaults().grab(true, false).applyTo(note);
			note.addListener(SWT.DefaultSelection, e -> actions.setNote(selected, note.getText()));
		}
		body.layout(true, true);
	}

	private void source(AnnotationActions actions, SourceAttribution s) {
		List<SourceKind> kinds = session.schema().getSourceKinds();
		choice("Kind", kinds.stream().map(SourceKind::getId).toList(), s.getKind(), id -> name(kinds, id),
				v -> actions.setKind(s, v));
		choice("Reliability", Reliability.VALUES.stream().filter(r -> r != Reliability.UNRATED).toList(),
				s.getReliability(), r -> r.getLiteral() + "  " + level(session.schema().getReliabilityScale(), r.getLiteral()),
				v -> actions.rate(s, v));
		choice("Credibility", Credibility.VALUES.stream().filter(c -> c != Credibility.UNRATED).toList(),
				s.getCredibility(), c -> c.getLiteral() + "  " + level(session.schema().getCredibilityScale(), c.getLiteral()),
				v -> actions.rate(s, v));
		Label label = new Label(body, SWT.NONE);
		label.setText("Registry");
		Combo registry = new Combo(body, SWT.DROP_DOWN);
		registry.setData(DocumentStancePanel.WIDGET_KEY, "properties.registry");
		List<Source> sources = session.project().getSources();
		sources.forEach(src -> registry.add(src.getName()));
		sources.stream().filter(src -> src.getId().equals(s.getSourceId())).findFirst()
				.ifPresent(src -> registry.setText(src.getName()));
		registry.setToolTipText("Type a name and press Enter; names already in the registry are listed");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(registry);
		Runnable link = () -> {
			if (!registry.getText().isBlank()) {
				actions.linkRegistry(s, registry.getText());
			}
		};
		registry.addListener(SWT.DefaultSelection, e -> link.run());
		registry.addListener(SWT.Selection, e -> link.run());
		StringBuilder claims = new StringBuilder();
		for (TextSpan claim : s.getClaims()) {
			claims.append(claims.isEmpty() ? "" : "\n").append(Describe.covered(session.text(), claim));
		}
		row("Claims", claims.isEmpty() ? "none (select text and press L)" : claims.toString());
	}

	private void stance(AnnotationActions actions, Stance st) {
		List<StanceTarget> targets = session.schema().getStanceTargets();
		choice("Target", targets.stream().map(StanceTarget::getId).toList(), st.getTarget(), id -> name(targets, id),
				v -> actions.setStanceTarget(st, v));
		choice("Polarity", Polarity.VALUES, st.isSetPolarity() ? st.getPolarity() : null, Polarity::getLiteral,
				v -> actions.setPolarity(st, v));
		List<EntityMention> holders = actions.holderCandidates();
		choice("Holder", holders, st.getHolder(), m -> Describe.of(m, session.text()), v -> actions.setHolder(st, v));
		row("Level", st.getEvidence() == null ? "document" : "quote");
	}

	private <T> void choice(String name, List<T> values, T current, Function<T, String> text, Consumer<T> change) {
		Label label = new Label(body, SWT.NONE);
		label.setText(name);
		Combo combo = new Combo(body, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setData(DocumentStancePanel.WIDGET_KEY, "properties." + name.toLowerCase(java.util.Locale.ROOT));
		values.forEach(v -> combo.add(text.apply(v)));
		combo.select(values.indexOf(current));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		combo.addListener(SWT.Selection, e -> {
			T chosen = values.get(combo.getSelectionIndex());
			if (!chosen.equals(current)) {
				change.accept(chosen);
			}
		});
	}

	private void row(String name, String value) {
		Label label = new Label(body, SWT.NONE);
		label.setText(name);
		Label shown = new Label(body, SWT.WRAP);
		shown.setText(value == null ? "" : value);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(shown);
	}

	private void note(String text) {
		Label label = new Label(body, SWT.WRAP);
		label.setText(text);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
	}

	private static String name(List<?> items, String id) {
		for (Object item : items) {
			if (item instanceof SourceKind k && k.getId().equals(id)) {
				return k.getName();
			}
			if (item instanceof StanceTarget t && t.getId().equals(id)) {
				return t.getName();
			}
		}
		return id;
	}

	private static String level(List<ScaleLevel> scale, String code) {
		return scale.stream().filter(l -> l.getCode().equals(code)).map(ScaleLevel::getName).findFirst().orElse("");
	}

	@Focus
	void focus() {
		body.setFocus();
	}
}
