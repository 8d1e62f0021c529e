package org.sanad.ui.editor.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import org.eclipse.swt.custom.StyledText;

/**
 * Timings the editor leaves on its text widget (as widget data) for the editor benchmark
 * ({@code releng/benchmarks/editor.sh}), which reads them through a UI script report.
 */
final class Benchmarks {

	/** Milliseconds from the editor's creation to the first paint of the document's text. */
	static final String OPEN_MILLIS = "sanad.bench.openMillis";

	/** Milliseconds from the editor's creation until the document and annotations are loaded (off the UI thread). */
	static final String LOAD_MILLIS = "sanad.bench.loadMillis";

	/** UI-thread milliseconds of each labelling key, up to the repaint, comma-separated. */
	static final String KEY_MILLIS = "sanad.bench.keyMillis";

	/** CPU milliseconds of the UI thread in each labelling key (the same span as {@link #KEY_MILLIS}). */
	static final String KEY_CPU_MILLIS = "sanad.bench.keyCpuMillis";

	/**
	 * CPU milliseconds of the UI thread from a labelling key until the text has been painted after
	 * it: the key, the paint, and whatever else the UI thread did in between.
	 */
	static final String KEY_PAINTED_CPU_MILLIS = "sanad.bench.keyPaintedCpuMillis";

	private static final String KEY_STARTED = "sanad.bench.keyStarted";
	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	private Benchmarks() {
	}

	/** @return the UI thread's CPU time so far, in nanoseconds */
	static long cpu() {
		return CPU.getCurrentThreadCpuTime();
	}

	/** Starts the clock that the next paint of the text stops ({@link #KEY_PAINTED_CPU_MILLIS}). */
	static void keyStarted(StyledText text, long cpu) {
		text.setData(KEY_STARTED, cpu);
	}

	/** Stops the clock a labelling key started, if one runs. */
	static void painted(StyledText text) {
		if (text.getData(KEY_STARTED) instanceof Long started) {
			text.setData(KEY_STARTED, null);
			record(text, KEY_PAINTED_CPU_MILLIS, cpu() - started);
		}
	}

	/** Adds a time to the comma-separated list the text widget keeps under {@code key}. */
	static void record(StyledText text, String key, long nanos) {
		Object before = text.getData(key);
		String millis = String.format(Locale.ROOT, "%.2f", nanos / 1e6);
		text.setData(key, before == null ? millis : before + "," + millis);
	}
}
