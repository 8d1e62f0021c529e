package org.sanad.editing;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A bulk labelling done: one edit in each document's session, undone and redone together. Undo
 * is refused (with the documents named) when a document was edited since, as its own undo stack
 * would then take back the wrong edit; undo it there instead.
 */
public final class BulkEdit {

	/** A document's share: its session and the edit on that session's stack. */
	record Part(AnnotationSession session, AnnotationEdit edit) {
	}

	private final String label;
	private final List<Part> parts;
	private final int labelled;
	private final int alreadyLabelled;
	private final int inBoilerplate;
	private final BulkLabeling.Sessions sessions;
	private final Executor sessionThread;
	private boolean undone;
	private boolean released;

	BulkEdit(String label, List<Part> parts, int labelled, int alreadyLabelled, int inBoilerplate,
			BulkLabeling.Sessions sessions, Executor sessionThread) {
		this.label = label;
		this.parts = List.copyOf(parts);
		this.labelled = labelled;
		this.alreadyLabelled = alreadyLabelled;
		this.inBoilerplate = inBoilerplate;
		this.sessions = sessions;
		this.sessionThread = sessionThread;
	}

	public String label() {
		return label;
	}

	/** @return how many new entities were added */
	public int labelled() {
		return labelled;
	}

	/** @return how many documents got new entities */
	public int documents() {
		return parts.size();
	}

	/** @return how many spans an entity already covered exactly */
	public int alreadyLabelled() {
		return alreadyLabelled;
	}

	/** @return how many spans touched boilerplate */
	public int inBoilerplate() {
		return inBoilerplate;
	}

	/** @return the documents that got new entities */
	public List<String> documentIds() {
		return parts.stream().map(p -> p.session().document().getId()).toList();
	}

	/**
	 * Waits until the store has every document's share (or its undo).
	 *
	 * @return whether all of it is stored within the time
	 */
	public boolean flush(java.time.Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		for (Part p : parts) {
			long left = Math.max(0, deadline - System.nanoTime());
			if (!p.session().flush(java.time.Duration.ofNanos(left))) {
				return false;
			}
		}
		return true;
	}

	public boolean isUndone() {
		return undone;
	}

	/** @return a sentence for the status line: what was done and what was left alone */
	public String summary() {
		StringBuilder s = new StringBuilder();
		s.append(undone ? "Undone: " : "").append("labelled ").append(labelled).append(" × ").append(label)
				.append(" in ").append(parts.size()).append(parts.size() == 1 ? " document" : " documents");
		if (alreadyLabelled > 0) {
			s.append("; ").append(alreadyLabelled).append(" already labelled");
		}
		if (inBoilerplate > 0) {
			s.append("; ").append(inBoilerplate).append(" in boilerplate");
		}
		return s.toString();
	}

	/**
	 * Takes back every document's share, or none.
	 *
	 * @throws EditRefusedException if a document was edited after the bulk labelling
	 */
	public void undo() {
		if (undone || released) {
			return;
		}
		onSessionThread(() -> {
			List<String> moved = parts.stream().filter(p -> p.session().topUndo() != p.edit())
					.map(p -> p.session().document().getTitle()).toList();
			if (!moved.isEmpty()) {
				throw new EditRefusedException("Edited since the bulk labelling, undo it in the editor: "
						+ String.join(", ", moved));
			}
			parts.forEach(p -> p.session().undo());
		});
		undone = true;
	}

	/** Does every document's share again after {@link #undo()}. */
	public void redo() {
		if (!undone || released) {
			return;
		}
		onSessionThread(() -> {
			List<String> moved = parts.stream().filter(p -> p.session().topRedo() != p.edit())
					.map(p -> p.session().document().getTitle()).toList();
			if (!moved.isEmpty()) {
				throw new EditRefusedException("Edited since the undo, redo it in the editor: " + String.join(", ", moved));
			}
			parts.forEach(p -> p.session().redo());
		});
		undone = false;
	}

	/** Gives the sessions back (closing those opened for this edit); it can no longer be undone. */
	public void release() {
		if (!released) {
			released = true;
			parts.forEach(p -> sessions.release(p.session()));
		}
	}

	private void onSessionThread(Runnable action) {
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		sessionThread.execute(() -> {
			try {
				action.run();
			} catch (RuntimeException e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
	}
}
