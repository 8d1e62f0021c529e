package org.sanad.ui.editor.internal;

import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.KeyAdapter;
import org.eclipse.swt.events.KeyEvent;
import org.eclipse.swt.graphics.Point;
import org.sanad.editing.EditRefusedException;
import org.sanad.editing.Suggestions;
import org.sanad.preannotation.Suggestion;

/**
 * The keys of the pre-annotators' suggestions: N selects the next one, Enter accepts the one at
 * the selection or caret (it becomes the annotator's own label), X rejects it. Added before
 * {@link EditorKeys}, which leaves a key alone once this took it.
 */
final class SuggestionKeys extends KeyAdapter {

	static final java.util.List<String[]> REFERENCE = java.util.List.of(
			new String[] { "N", "Next suggestion (from the pre-annotators)" },
			new String[] { "Enter", "Accept the suggestion here: it becomes your label" },
			new String[] { "X", "Reject the suggestion here" });

	private final StyledText text;
	private final Suggestions suggestions;
	private final Consumer<String> status;
	private final Runnable changed;

	SuggestionKeys(StyledText text, Suggestions suggestions, Consumer<String> status, Runnable changed) {
		this.text = text;
		this.suggestions = suggestions;
		this.status = status;
		this.changed = changed;
	}

	@Override
	public void keyPressed(KeyEvent e) {
		if ((e.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND | SWT.SHIFT)) != 0 || !e.doit) {
			return;
		}
		char c = Character.toLowerCase(e.character);
		if (c == 'n') {
			e.doit = false;
			Optional<Suggestion> next = suggestions.next(here());
			next.ifPresentOrElse(s -> {
				text.setSelection(s.begin(), s.end());
				text.showSelection();
				status.accept(describe(s) + " — Enter accepts, X rejects, N next");
			}, () -> status.accept("No suggestions left"));
		} else if (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR || c == 'x') {
			Optional<Suggestion> at = suggestions.at(here());
			if (at.isEmpty()) {
				return; // Enter and X mean nothing else here, but say nothing where there is no suggestion
			}
			e.doit = false;
			Suggestion s = at.get();
			if (c == 'x') {
				suggestions.reject(s);
				status.accept("Rejected " + s.label() + " (" + s.by() + ")");
			} else {
				try {
					suggestions.accept(s);
					status.accept("Accepted " + s.label() + " from " + s.by());
				} catch (EditRefusedException refused) {
					status.accept(refused.getMessage());
				}
			}
			text.setSelection(s.end());
			changed.run();
		}
	}

	/** The selection's start, or the caret: where the annotator is. */
	private int here() {
		Point selection = text.getSelection();
		return selection.x != selection.y ? selection.x : text.getCaretOffset();
	}

	static String describe(Suggestion s) {
		String reason = s.proposal().reason().isBlank() ? "" : ": " + s.proposal().reason();
		return "Suggestion " + s.label() + " (" + s.by() + reason + ")";
	}
}
