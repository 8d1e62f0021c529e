package org.sanad.ui;

/**
 * Event topics of the workbench, all in one place. Post them with the e4 event broker; the data
 * is the document id unless a topic says otherwise.
 */
public final class SanadTopics {

	private static final String BASE = "org/sanad/ui/";

	/** A document's annotations or status changed in an editor (also heard by the search index). */
	public static final String ANNOTATIONS_CHANGED = org.sanad.core.Topics.ANNOTATIONS_CHANGED;

	/** Every topic about annotations. */
	public static final String ANNOTATIONS_ALL = org.sanad.core.Topics.ANNOTATIONS_ALL;

	/** A project was created or documents imported from the workbench; data: the project's id. */
	public static final String CORPUS_CHANGED = org.sanad.core.Topics.CORPUS_CHANGED;

	/** The workbench preferences (font, label colours) changed; data: the {@link WorkbenchPreferences}. */
	public static final String PREFERENCES_CHANGED = BASE + "preferences/changed";

	private SanadTopics() {
	}
}
