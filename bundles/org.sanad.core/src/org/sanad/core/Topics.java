package org.sanad.core;

/**
 * OSGi event topics that cross bundles, UI or not, in one place. The workbench posts them with
 * the e4 event broker (the data under {@code org.eclipse.e4.data}); headless bundles listen with
 * an {@code org.osgi.service.event.EventHandler}.
 */
public final class Topics {

	/** A document's annotations or status changed; data: the document id. */
	public static final String ANNOTATIONS_CHANGED = "org/sanad/annotations/changed";

	/** Every topic about annotations. */
	public static final String ANNOTATIONS_ALL = "org/sanad/annotations/*";

	/** Projects or documents were added or removed; data: the project's id. */
	public static final String CORPUS_CHANGED = "org/sanad/corpus/changed";

	private Topics() {
	}
}
