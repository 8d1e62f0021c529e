package org.sanad.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * Passes a job's progress on to a progress bar in a dialog or part, at most ten times a second,
 * from any thread; cancel is still asked of the job's own monitor.
 */
public final class ProgressBarMonitor extends ProgressMonitorWrapper {

	private final ProgressBar bar;
	private int total;
	private double worked;
	private long shownAt;

	/**
	 * @param job the job's monitor
	 * @param bar the bar to move
	 */
	public ProgressBarMonitor(IProgressMonitor job, ProgressBar bar) {
		super(job);
		this.bar = bar;
	}

	@Override
	public void beginTask(String name, int totalWork) {
		super.beginTask(name, totalWork);
		total = Math.max(1, totalWork);
		show();
	}

	@Override
	public void internalWorked(double work) {
		super.internalWorked(work);
		worked += work;
		if (System.currentTimeMillis() - shownAt > 100) {
			show();
		}
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	private void show() {
		shownAt = System.currentTimeMillis();
		int permille = (int) Math.min(1000, worked * 1000 / total);
		bar.getDisplay().asyncExec(() -> {
			if (!bar.isDisposed()) {
				bar.setMaximum(1000);
				bar.setSelection(permille);
			}
		});
	}
}
