package org.sanad.editing;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * An undoable edit of an annotation set, on the session's EMF command stack. Each step reports
 * its {@link Delta}, which the session commits to the store.
 */
public abstract class AnnotationEdit extends AbstractCommand {

	private Delta last = new Delta();

	protected AnnotationEdit(String label) {
		super(label);
	}

	/** Does the edit. */
	protected abstract Delta forward();

	/** Takes the edit back, leaving the set exactly as it was before {@link #forward()}. */
	protected abstract Delta backward();

	@Override
	protected boolean prepare() {
		return true;
	}

	@Override
	public final void execute() {
		last = forward();
	}

	@Override
	public final void undo() {
		last = backward();
	}

	@Override
	public final void redo() {
		last = forward();
	}

	/** @return what the latest execute, undo or redo did */
	public final Delta lastDelta() {
		return last;
	}
}
