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

/**
 * The line under the text: the last message (what a key did, why an edit was refused) and where
 * the commits stand. A failed commit is shown in red with Retry (and says whether it is retried by
 * itself); a conflict offers Keep mine.
 */
final class StatusLine {

	private final Composite body;
	private final Label message;
	private final Label commits;
	private final Button retry;
	private final Button keepMine;

	StatusLine(Composite parent, AnnotationSession session) {
		body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(6, 3).applyTo(body);
		message = new Label(body, SWT.NONE);
		message.setData(DocumentStancePanel.WIDGET_KEY, "status.message");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
		commits = new Label(body, SWT.RIGHT);
		commits.setData(DocumentStancePanel.WIDGET_KEY, "status.commits");
		GridDataFactory.fillDefaults().hint(420, SWT.DEFAULT).applyTo(commits);
		retry = new Button(body, SWT.PUSH);
		retry.setText("Retry");
		retry.addListener(SWT.Selection, e -> session.retryCommits());
		keepMine = new Button(body, SWT.PUSH);
		keepMine.setText("Keep mine");
		keepMine.setToolTipText("Store your pending edits on top of the other writer's changes");
		keepMine.addListener(SWT.Selection, e -> session.keepMine());
		show(session.commitState());
	}

	Control control() {
		return body;
	}

	void say(String text) {
		message.setText(text == null ? "" : text);
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
		boolean changed = visible(retry, state.problem() != null && !state.conflict());
		changed |= visible(keepMine, state.conflict());
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
