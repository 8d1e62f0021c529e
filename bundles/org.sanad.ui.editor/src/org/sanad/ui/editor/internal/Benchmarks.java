package org.sanad.ui.editor.internal;

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

	private Benchmarks() {
	}
}
