package org.sanad.ui.testsupport;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.sanad.ui.WorkbenchIds;

/**
 * Times the editor's labelling keys from outside, for the editor benchmark
 * ({@code releng/benchmarks/editor.sh}), and leaves the times on the text widget as widget data
 * that a UI script's report reads. A display filter sees each digit key on the editor's text
 * before the editor does; once the editor has handled it (the key consumed), the text is painted
 * ({@code update}) and the UI thread's wall and CPU time since the key are recorded. The CPU time
 * until the next paint after that is recorded too: what else the key set off on the UI thread.
 */
final class KeyTimer implements Listener {

	/** UI-thread milliseconds of each labelling key, until its text was painted, comma-separated. */
	static final String KEY_MILLIS = "sanad.bench.keyMillis";
	/** CPU milliseconds of the UI thread over the same span as {@link #KEY_MILLIS}. */
	static final String KEY_CPU_MILLIS = "sanad.bench.keyCpuMillis";
	/** CPU milliseconds of the UI thread from the key until the next paint of the text after it. */
	static final String KEY_PAINTED_CPU_MILLIS = "sanad.bench.keyPaintedCpuMillis";

	private static final String KEY_STARTED = "sanad.bench.keyStarted";
	private static final String WATCHED = "sanad.bench.watched";
	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	/** Starts timing the editor's keys on this display. */
	static void install(Display display) {
		display.addFilter(SWT.KeyDown, new KeyTimer());
	}

	@Override
	public void handleEvent(Event e) {
		if (!(e.widget instanceof StyledText text) || !"editor.text".equals(text.getData(WorkbenchIds.WIDGET_KEY))
				|| (e.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) != 0 || !isDigit(e.character)) {
			return;
		}
		watchPaints(text);
		long started = System.nanoTime();
		long startedCpu = CPU.getCurrentThreadCpuTime();
		// after the editor's listeners have had the key: the same event, with their verdict in doit
		e.display.asyncExec(() -> {
			if (text.isDisposed() || e.doit) {
				return; // not a labelling key here
			}
			text.update();
			record(text, KEY_MILLIS, System.nanoTime() - started);
			record(text, KEY_CPU_MILLIS, CPU.getCurrentThreadCpuTime() - startedCpu);
			text.setData(KEY_STARTED, startedCpu);
		});
	}

	/** A paint listener after the editor's own painters: the time of the first paint after a timed key. */
	private static void watchPaints(StyledText text) {
		if (text.getData(WATCHED) != null) {
			return;
		}
		text.setData(WATCHED, Boolean.TRUE);
		text.addListener(SWT.Paint, paint -> {
			if (text.getData(KEY_STARTED) instanceof Long started) {
				text.setData(KEY_STARTED, null);
				record(text, KEY_PAINTED_CPU_MILLIS, CPU.getCurrentThreadCpuTime() - started);
			}
		});
	}

	private static boolean isDigit(char c) {
		return (c >= '0' && c <= '9') || (c >= '\u0660' && c <= '\u0669') || (c >= '\u06F0' && c <= '\u06F9');
	}

	private static void record(StyledText text, String key, long nanos) {
		Object before = text.getData(key);
		String millis = String.format(Locale.ROOT, "%.2f", nanos / 1e6);
		text.setData(key, before == null ? millis : before + "," + millis);
	}
}
