package org.sanad.ui.editor.internal;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.Point;
import org.sanad.editing.AnnotationActions;
import org.sanad.editing.AnnotationSession;
import org.sanad.editing.EditRefusedException;
import org.sanad.model.Annotation;
import org.sanad.model.Credibility;
import org.sanad.model.Polarity;
import org.sanad.model.Reliability;
import org.sanad.model.SourceAttribution;
import org.sanad.model.SourceKind;
import org.sanad.model.Stance;
import org.sanad.model.StanceTarget;

/**
 * The editor's single keys (the text is read-only, so plain keys are free): label keys from the
 * schema, S source, A–F and 1–6 to rate a selected source, K its kind, L link a claim, T stance on
 * a quote, + − = its polarity, Tab next annotation here, Delete, Escape, W word snapping.
 * Arabic-Indic digits work like 0–9.
 */
final class EditorKeys extends KeyAdapter {

	/** The key reference shown in the cheat sheet, in order. */
	static final List<String[]> REFERENCE = List.of(new String[] { "1 … 9", "Label the selection (keys from the schema)" },
			new String[] { "Same key again", "Remove that label" }, new String[] { "S", "Mark the selection as a source" },
			new String[] { "A … F", "Rate the selected source's reliability" },
			new String[] { "1 … 6", "Rate the selected source's information (no text selected)" },
			new String[] { "K", "Next source kind" }, new String[] { "L", "Link the selection as a claim of the selected source" },
			new String[] { "T", "Stance on the selected quote" }, new String[] { "+  −  =", "Polarity of the selected stance: favor, against, neutral" },
			new String[] { "Tab", "Next annotation at the caret" }, new String[] { "Delete", "Delete the selected annotation" },
			new String[] { "Escape", "Select no annotation" }, new String[] { "W", "Snap selections to whole words on/off" },
			new String[] { "Ctrl+Z / Ctrl+Shift+Z", "Undo / redo" }, new String[] { "Ctrl+Shift+L", "This list" });

	private final StyledText text;
	private final AnnotationSession session;
	private final AnnotationActions actions;
	private final Consumer<String> status;
	private final Runnable repaint;

	EditorKeys(StyledText text, AnnotationSession session, AnnotationActions actions, Consumer<String> status,
			Runnable repaint) {
		this.text = text;
		this.session = session;
		this.actions = actions;
		this.status = status;
		this.repaint = repaint;
	}

	@Override
	public void keyPressed(KeyEvent e) {
		if ((e.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) != 0 || !e.doit) {
			return; // a shortcut, or a key the suggestions took
		}
		try {
			e.doit = !handle(e);
		} catch (EditRefusedException refused) {
			e.doit = false;
			status.accept(refused.getMessage());
		}
		if (!e.doit) {
			repaint.run();
		}
	}

	private boolean handle(KeyEvent e) {
		Point selection = text.getSelection();
		boolean hasText = selection.x != selection.y;
		int begin = hasText ? selection.x : text.getCaretOffset();
		int end = hasText ? selection.y : begin;
		Annotation selected = session.selected();
		switch (e.keyCode) {
		case SWT.DEL, SWT.BS -> {
			if (selected == null) {
				return false;
			}
			actions.delete(List.of(selected));
			status.accept("Deleted");
			return true;
		}
		case SWT.ESC -> {
			session.select(null);
			return true;
		}
		case SWT.TAB -> {
			cycle();
			return true;
		}
		default -> {
		}
		}
		char c = normalise(e.character);
		if (Character.isDigit(c)) {
			if (!hasText && selected instanceof SourceAttribution source && c >= '1' && c <= '6') {
				actions.rate(source, Credibility.get(c - '0'));
				return true;
			}
			var label = actions.labelForKey(String.valueOf(c));
			if (label.isEmpty()) {
				return false;
			}
			var mention = actions.labelEntity(begin, end, label.get().getName());
			text.setSelection(text.getCaretOffset());
			status.accept(mention == null ? "Removed " + label.get().getName() : "Labelled " + label.get().getName());
			return true;
		}
		char lower = Character.toLowerCase(c);
		if (selected instanceof SourceAttribution source && !hasText && lower >= 'a' && lower <= 'f') {
			actions.rate(source, Reliability.getByName(String.valueOf(Character.toUpperCase(lower))));
			return true;
		}
		if (selected instanceof Stance stance && !hasText && (c == '+' || c == '-' || c == '=')) {
			actions.setPolarity(stance, c == '+' ? Polarity.FAVOR : c == '-' ? Polarity.AGAINST : Polarity.NEUTRAL);
			return true;
		}
		switch (lower) {
		case 's' -> {
			actions.markSource(begin, end);
			text.setSelection(text.getCaretOffset());
			status.accept("Source marked: rate it with A–F and 1–6");
			return true;
		}
		case 'k' -> {
			if (selected instanceof SourceAttribution source) {
				actions.setKind(source, nextKind(source.getKind()));
				return true;
			}
			return false;
		}
		case 'l' -> {
			if (selected instanceof SourceAttribution source && hasText) {
				actions.linkClaim(source, begin, end);
				text.setSelection(text.getCaretOffset());
				status.accept("Claim linked to the source");
				return true;
			}
			status.accept("Select a source, then the claim's text, then press L");
			return true;
		}
		case 't' -> {
			List<StanceTarget> targets = session.schema().getStanceTargets();
			actions.spanStance(begin, end, targets.isEmpty() ? null : targets.get(0).getId(), null);
			text.setSelection(text.getCaretOffset());
			status.accept("Stance on the quote: + favor, − against, = neutral; target in Properties");
			return true;
		}
		case 'w' -> {
			actions.setSnapToWords(!actions.snapToWords());
			status.accept(actions.snapToWords() ? "Selections snap to whole words" : "Selections are taken as they are");
			return true;
		}
		default -> {
			return false;
		}
		}
	}

	private void cycle() {
		List<Annotation> here = session.annotationsAt(text.getCaretOffset());
		if (here.isEmpty()) {
			session.select(null);
			return;
		}
		int at = here.indexOf(session.selected());
		session.select(here.get((at + 1) % here.size()));
	}

	private String nextKind(String kind) {
		List<SourceKind> kinds = session.schema().getSourceKinds();
		if (kinds.isEmpty()) {
			return kind;
		}
		for (int i = 0; i < kinds.size(); i++) {
			if (kinds.get(i).getId().equals(kind)) {
				return kinds.get((i + 1) % kinds.size()).getId();
			}
		}
		return kinds.get(0).getId();
	}

	/** Arabic-Indic (٠–٩) and extended (۰–۹) digits act as 0–9. */
	static char normalise(char c) {
		if (c >= '\u0660' && c <= '\u0669') {
			return (char) ('0' + c - '\u0660');
		}
		if (c >= '\u06F0' && c <= '\u06F9') {
			return (char) ('0' + c - '\u06F0');
		}
		return c;
	}
}
