package org.sanad.ui.search.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The start-up check of the search indexes, as the search part shows it: what is being done, how
 * far it got, and what came of it. Changed and read on the UI thread only.
 */
final class IndexPreparation {

	private final List<Runnable> listeners = new ArrayList<>();
	private String task = "";
	private int percent;
	private boolean running;
	private String outcome = "";
	private volatile boolean cancelled;
	private boolean searched;

	String task() {
		return task;
	}

	int percent() {
		return percent;
	}

	boolean running() {
		return running;
	}

	/** @return what the last check did, for the status line; empty when there is nothing to say */
	String outcome() {
		return outcome;
	}

	/** @return whether the user has used the search part in this run (then it stays in front) */
	boolean searched() {
		return searched;
	}

	void searchedNow() {
		searched = true;
	}

	boolean isCancelled() {
		return cancelled;
	}

	/** Asks the running check to stop; the index it was building is dropped, the old one kept. */
	void cancel() {
		cancelled = true;
	}

	void progress(String newTask, int newPercent) {
		running = true;
		task = newTask;
		percent = newPercent;
		changed();
	}

	void finished(String newOutcome) {
		running = false;
		outcome = newOutcome;
		changed();
	}

	void addListener(Runnable listener) {
		listeners.add(listener);
	}

	void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	private void changed() {
		List.copyOf(listeners).forEach(Runnable::run);
	}
}
