package org.sanad.ui.editor.internal;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.sanad.editing.AnnotationSession;
import org.sanad.editing.CommitState;
import org.sanad.editing.Refusal;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;

/**
 * The line under the text: the last message (what a key did, why an edit was refused) and where
 * the commits stand. A failed commit is shown in red with Retry (and says whether it is retried by
 * itself); an edit the store refused can be dropped, or relabelled when it names a label the
 * schema lost meanwhile; a conflict offers Keep mine or Discard mine. Nothing waiting is dropped
 * without the annotator's word.
 */
final class StatusLine {

	private final Composite body;
	private final Label message;
	private final Label commits;
	private final Button retry;
	private final Button keepMine;
	private final Button relabel;
	private final Button drop;
	private final Button discard;
	private final AnnotationSession session;

	StatusLine(Composite parent, AnnotationSession session) {
		this.session = session;
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).margins(6, 3).applyTo(body);
		message = new Label(body, SWT.NONE);
		message.setData(DocumentStancePanel.WIDGET_KEY, "status.message");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
		commits = new Label(body, SWT.RIGHT);
		commits.setData(DocumentStancePanel.WIDGET_KEY, "status.commits");
		GridDataFactory.fillDefaults().hint(300, SWT.DEFAULT).applyTo(commits); // the whole of a long problem in the tooltip
		retry = new Button(body, SWT.PUSH);
		retry.setText("Retry");
		retry.addListener(SWT.Selection, e -> session.retryCommits());
		keepMine = new Button(body, SWT.PUSH);
		keepMine.setText("Keep mine");
		keepMine.setToolTipText("Store your pending edits on top of the other writer's changes");
		keepMine.addListener(SWT.Selection, e -> session.keepMine());
		keepMine.setData(DocumentStancePanel.WIDGET_KEY, "status.keepmine");
		discard = button("Discard mine", "status.discard",
				"Drop your waiting edits and show the set as the other writer stored it", this::discard);
		relabel = button("Relabel…", "status.relabel",
				"Give the waiting annotations a name the schema has now, and send them again", this::relabel);
		drop = button("Drop edit", "status.drop", "Drop the refused edit for good; your later edits stay", this::drop);
		retry.setData(DocumentStancePanel.WIDGET_KEY, "status.retry");
		show(session.commitState());
	}

	private Button button(String text, String key, String tip, Runnable action) {
		Button button = new Button(body, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tip);
		button.setData(DocumentStancePanel.WIDGET_KEY, key);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	private void relabel() {
		CommitState state = session.commitState();
		Refusal refusal = state.refusal();
		if (refusal == null) {
			return;
		}
		try {
			session.refreshSchema();
			RelabelDialog dialog = new RelabelDialog(body.getShell(), refusal, state.pending(),
					session.namesOf(refusal.field()));
			if (dialog.open() == Window.OK && dialog.chosen() != null) {
				session.relabelPending(refusal.field(), refusal.name(), dialog.chosen());
				say("'" + refusal.name() + "' relabelled as '" + dialog.chosen() + "'; sending again.");
			}
		} catch (RuntimeException e) {
			say("Could not relabel: " + e.getMessage());
		}
	}

	private void drop() {
		CommitState state = session.commitState();
		if (!MessageDialog.openConfirm(body.getShell(), "Drop Edit", "Drop the edit the store refused?\n\n"
				+ state.problem() + "\n\nIt will not be stored. The editor then shows your set as the store has it, "
				+ (state.pending() > 1 ? "with your " + (state.pending() - 1) + " later waiting edits on top; " : "")
				+ "the undo history is cleared.")) {
			return;
		}
		try {
			session.dropRefused();
			say("The refused edit was dropped.");
		} catch (RuntimeException e) {
			say("Could not drop the edit: " + e.getMessage());
		}
	}

	private void discard() {
		CommitState state = session.commitState();
		if (!MessageDialog.openConfirm(body.getShell(), "Discard Mine", "Drop your " + state.pending()
				+ " waiting edit" + (state.pending() == 1 ? "" : "s")
				+ " and show the set as the other writer stored it? Your edits will not be stored; the undo history is cleared.")) {
			return;
		}
		try {
			session.discardPending();
			say("Your waiting edits were dropped; the set is as stored.");
		} catch (RuntimeException e) {
			say("Could not reload the set: " + e.getMessage());
		}
	}

	Control control() {
		return body;
	}

	void say(String text) {
		message.setText(text == null ? "" : text);
		message.setToolTipText(text); // the whole of it, where the line is too narrow
	}

	void show(CommitState state) {
		if (body.isDisposed()) {
			return;
		}
		String text;
		if (state.problem() != null) {
			text = (state.conflict() ? "Conflict: "
					: "Not saved (" + state.pending() + " pending" + (state.retrying() ? ", retrying" : "") + "): ")
					+ state.problem();
			commits.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		} else {
			text = state.isSaved() ? "All edits saved · revision " + state.revision()
					: "Saving " + state.pending() + " edit" + (state.pending() == 1 ? "" : "s") + "…";
			commits.setForeground(null);
		}
		commits.setText(text);
		commits.setToolTipText(text);
		boolean refused = state.problem() != null && !state.conflict() && !state.retrying();
		boolean changed = visible(retry, state.problem() != null && !state.conflict());
		changed |= visible(relabel, state.refusal() != null);
		changed |= visible(drop, refused && state.pending() > 0);
		changed |= visible(keepMine, state.conflict());
		changed |= visible(discard, state.conflict());
		if (changed) {
			// only then: the labels keep their width, and a layout per commit would repaint the part
			body.requestLayout();
		}
	}

	/** @return whether the button was shown or hidden */
	private static boolean visible(Button button, boolean visible) {
		org.eclipse.swt.layout.GridData data = (org.eclipse.swt.layout.GridData) ensureData(button);
		if (data.exclude == !visible && button.getVisible() == visible) {
			return false;
		}
		button.setVisible(visible);
		data.exclude = !visible;
		return true;
	}

	private static Object ensureData(Button button) {
		if (!(button.getLayoutData() instanceof org.eclipse.swt.layout.GridData)) {
			button.setLayoutData(new org.eclipse.swt.layout.GridData());
		}
		return button.getLayoutData();
	}
}
