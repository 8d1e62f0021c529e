package org.sanad.ui.editor.internal;

import java.time.Duration;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.FontDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.sanad.editing.AnnotationActions;
import org.sanad.editing.AnnotationSession;
import org.sanad.editing.CommitState;
import org.sanad.editing.Delta;
import org.sanad.editing.Mark;
import org.sanad.editing.SessionListener;
import org.sanad.model.Annotation;
import org.sanad.model.Document;
import org.sanad.model.Stance;
import org.sanad.store.StoreException;
import org.sanad.ui.SanadTopics;
import org.sanad.ui.WorkbenchIds;
import org.sanad.ui.WorkbenchPreferences;
import org.sanad.ui.editor.OpenSessions;
import org.sanad.workspace.Workspace;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One document open for annotation. The document loads off the UI thread; the text widget then
 * styles only the lines on screen. Every edit goes to the store as it is made; the part is dirty
 * while some are still on their way, and saving waits for them.
 */
public final class AnnotationEditorPart {

	/** Widget data key of the text widget, for scripted UI tests. */
	public static final String TEXT_WIDGET = "editor.text";
	/**
	 * Widget data on the text: milliseconds from the part's creation until the document and its
	 * annotations were read (off the UI thread). The editor benchmark reads it, as it reads
	 * {@link #OPEN_MILLIS}; the key timings are taken from outside, by the test-support bundle.
	 */
	public static final String LOAD_MILLIS = "sanad.bench.loadMillis";
	/** Widget data on the text: milliseconds from the part's creation to the first paint of the text. */
	public static final String OPEN_MILLIS = "sanad.bench.openMillis";
	/** How long edits may be on their way to the store before the part shows as dirty. */
	private static final int DIRTY_DELAY_MS = 250;

	@Inject
	private MPart part;
	@Inject
	private Workspace workspace;
	@Inject
	private UISynchronize sync;
	@Inject
	private IEventBroker events;
	@Inject
	private MApplication application;
	@Inject
	@Optional
	private WorkbenchPreferences preferences;
	@Inject
	@Optional
	private org.sanad.preannotation.PreAnnotators preAnnotators;

	private Composite root;
	private Control placeholder;
	private AnnotationSession session;
	private AnnotationActions actions;
	private StyledText text;
	private AnnotationStyler styler;
	private DocumentStancePanel stances;
	private StatusLine status;
	private LabelPalette palette;
	private StoreFollower follower;
	private org.sanad.editing.Suggestions suggestions;
	private Job suggesting;
	/** The schema the palette and colours were made for; the session's may be read again later. */
	private org.sanad.model.LabelSchema shownSchema;
	private Label loading;
	/** Whether the text widget shows the document (it exists, hidden, from the start). */
	private boolean shown;
	private LocalResourceManager fonts;
	private long started;
	private AnnotationPainter painter;
	private java.util.List<int[]> overlay = java.util.List.of();
	private long announcedRevision = -1;
	private final java.util.List<int[]> pendingRepaints = new java.util.ArrayList<>();
	private boolean repaintScheduled;
	private boolean dirtyCheckScheduled;

	@PostConstruct
	void create(Composite parent, @Optional @Named(WorkbenchIds.ANNOTATOR) String annotator) {
		started = System.nanoTime();
		root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().spacing(0, 0).applyTo(root);
		placeholder = placeholder(root);
		// made now, hidden, while the document is read on another thread: a text widget and its
		// font take tens of milliseconds to create the first time
		text = createText(root);
		String documentId = part.getPersistedState().get(WorkbenchIds.DOCUMENT_ID);
		String who = annotator != null ? annotator : System.getProperty("user.name", "annotator");
		Job.create("Opening document", monitor -> {
			try {
				// the text first, so that it is on screen while the annotations load
				Document document = workspace.store().document(documentId)
						.orElseThrow(() -> new StoreException("No document with id " + documentId));
				sync.asyncExec(() -> showText(document));
				AnnotationSession opened = OpenSessions.of(application.getContext()).acquire(documentId,
						() -> AnnotationSession.open(workspace.store(), document, who,
								org.sanad.editing.Outbox.in(workspace.dataDirectory())));
				long loaded = (System.nanoTime() - started) / 1_000_000;
				sync.asyncExec(() -> {
					attach(opened);
					if (text != null && !text.isDisposed()) {
						text.setData(LOAD_MILLIS, Long.toString(loaded));
					}
				});
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				sync.asyncExec(() -> failed(e));
				return Status.error("Could not open document " + documentId, e);
			}
		}).schedule();
	}

	private static Control placeholder(Composite parent) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(24, 24).applyTo(box);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(box);
		new Label(box, SWT.NONE).setText("Opening the document…");
		ProgressBar bar = new ProgressBar(box, SWT.INDETERMINATE);
		GridDataFactory.swtDefaults().hint(240, SWT.DEFAULT).applyTo(bar);
		return box;
	}

	private void failed(RuntimeException e) {
		if (root.isDisposed()) {
			return;
		}
		placeholder.dispose();
		text.dispose();
		Label error = new Label(root, SWT.WRAP);
		error.setText("This document cannot be opened: " + e.getMessage());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(error);
		root.layout(true, true);
	}

	/** Shows the text, read-only and unstyled, while the annotations are still loading. */
	private void showText(Document document) {
		if (root.isDisposed()) {
			return;
		}
		part.setLabel(title(document));
		part.setTooltip(document.getOrigin());
		placeholder.dispose();
		fillText(text, document);
		shown = true;
		loading = new Label(root, SWT.NONE);
		loading.setText("Loading the annotations…");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(loading);
		root.layout(true, true);
		if (part.getTransientData().remove(org.sanad.ui.editor.Editors.REVEAL) instanceof int[] span) {
			selectText(span[0], span[1]);
		}
	}

	/** @return whether the text is on screen (the annotations may still be loading) */
	public boolean showsText() {
		return shown && !text.isDisposed();
	}

	/**
	 * Marks places of the text with a dashed frame, read-only (the Gold Feedback part shows where
	 * the gold set differs); an empty list clears them. Kept until replaced, also while the
	 * annotations are still loading.
	 */
	public void setOverlay(java.util.List<int[]> spans) {
		overlay = java.util.List.copyOf(spans);
		if (painter != null) {
			painter.setOverlay(overlay);
		}
	}

	/** Selects a span of the text and scrolls it into view; clamped to the text. */
	public void selectText(int begin, int end) {
		int length = text.getCharCount();
		text.setSelection(Math.min(Math.max(0, begin), length), Math.min(Math.max(begin, end), length));
		text.setFocus();
		// scrolled once the layout knows the widget's size: a new editor is not laid out yet
		text.getDisplay().asyncExec(this::showSelection);
	}

	private void showSelection() {
		if (text != null && !text.isDisposed() && text.getSelectionCount() > 0) {
			text.showSelection();
		}
	}

	/** Adds the session: styling, keys, the stance panel, the palette and the status line. */
	private void attach(AnnotationSession opened) {
		if (!showsText()) {
			release(opened);
			return;
		}
		session = opened;
		actions = new AnnotationActions(session);
		if (preferences != null) {
			actions.setSnapToWords(preferences.snapToWords());
		}
		stances = new DocumentStancePanel(root, session, actions);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(stances.control());
		stances.control().moveAbove(text);
		addPalette();
		loading.dispose();
		status = new StatusLine(root, session);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status.control());
		styler = new AnnotationStyler(session, new Colours(text, session.schema(), preferences));
		text.addLineStyleListener(styler);
		painter = new AnnotationPainter(text, styler);
		painter.setOverlay(overlay);
		painter.frame().select(session.selected());
		suggestions = new org.sanad.editing.Suggestions(session, actions);
		text.addKeyListener(new SuggestionKeys(text, suggestions, message -> status.say(message), this::suggestionsChanged));
		text.addKeyListener(new EditorKeys(text, session, actions, message -> status.say(message), this::flushRepaints));
		text.addListener(SWT.MouseUp, e -> {
			if (e.button == 1 && text.getSelectionCount() == 0) {
				var here = session.annotationsAt(text.getCaretOffset());
				session.select(here.isEmpty() ? null : here.get(0));
			}
		});
		text.setData(DocumentStancePanel.WIDGET_KEY, TEXT_WIDGET);
		session.addListener(listener);
		follower = new StoreFollower(session, sync, changes -> {
			if (status != null && !root.isDisposed()) {
				status.say("Updated with changes made elsewhere (revision " + changes.revision() + ").");
			}
		});
		root.layout(true, true);
		showSelection(); // the panels above the text moved it
		text.redraw();
		activate();
		askPreAnnotators();
	}

	/** Asks the installed pre-annotators for suggestions, off the UI thread; the editor works meanwhile. */
	private void askPreAnnotators() {
		if (preAnnotators == null || preAnnotators.names().isEmpty()) {
			return;
		}
		AnnotationSession asked = session;
		String names = String.join(", ", preAnnotators.names());
		suggesting = Job.create("Suggestions from " + names + " for " + title(asked.document()), monitor -> {
			monitor.beginTask("Asking " + names, org.eclipse.core.runtime.IProgressMonitor.UNKNOWN);
			var context = new org.sanad.preannotation.PreAnnotationContext() {
				@Override
				public org.sanad.store.CorpusStore store() {
					return asked.store();
				}

				@Override
				public String projectId() {
					return asked.document().getProjectId();
				}

				@Override
				public boolean isCancelled() {
					return monitor.isCanceled();
				}
			};
			var result = preAnnotators.propose(asked.document(), asked.schema(), context);
			if (!monitor.isCanceled()) {
				sync.asyncExec(() -> showSuggestions(asked, names, result));
			}
			monitor.done();
			return Status.OK_STATUS;
		});
		suggesting.setSystem(false);
		suggesting.schedule();
	}

	private void showSuggestions(AnnotationSession asked, String names, org.sanad.preannotation.PreAnnotators.Result result) {
		if (root.isDisposed() || session != asked) {
			return;
		}
		suggestions.set(result.suggestions());
		suggestionsChanged();
		int open = suggestions.open().size();
		String failed = result.failures().isEmpty() ? "" : " Failed: " + String.join("; ", result.failures());
		status.say(open + (open == 1 ? " suggestion" : " suggestions") + " (" + names + ")"
				+ (open == 0 ? "" : " · N next · Enter accept · X reject") + failed);
	}

	/** Draws the open suggestions again (one was decided, or the set changed under them). */
	private void suggestionsChanged() {
		if (painter != null && suggestions != null) {
			painter.setSuggestions(suggestions.open());
		}
	}

	private void addPalette() {
		palette = new LabelPalette(root, actions, () -> text, message -> status.say(message));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(palette.control());
		palette.control().moveAbove(text);
		shownSchema = session.schema();
	}

	/** After the session read the schema again (a relabel, a dropped edit): the palette and colours follow. */
	private void schemaChanged() {
		palette.control().dispose();
		addPalette();
		styler.setColours(new Colours(text, session.schema(), preferences));
		stances.refresh();
		root.layout(true, true);
	}

	/** Makes the text widget, hidden and out of the layout until the document is read. */
	private StyledText createText(Composite parent) {
		StyledText widget = new StyledText(parent, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP);
		widget.setEditable(false);
		widget.addBidiSegmentListener(new org.sanad.ui.editor.ParagraphDirections(widget));
		widget.setMargins(16, 12, 16, 12);
		widget.setLineSpacing(6);
		applyFont(widget);
		widget.setVisible(false);
		widget.addListener(SWT.Paint, new org.eclipse.swt.widgets.Listener() {
			@Override
			public void handleEvent(org.eclipse.swt.widgets.Event e) {
				widget.removeListener(SWT.Paint, this);
				widget.setData(OPEN_MILLIS, Long.toString((System.nanoTime() - started) / 1_000_000));
			}
		});
		widget.addTraverseListener(e -> {
			if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
				e.doit = false;
			}
		});
		// A size hint keeps the layout from asking the widget for the size of the whole text, which
		// would lay out every line of a long document.
		GridDataFactory.fillDefaults().grab(true, true).hint(200, 200).exclude(true).applyTo(widget);
		return widget;
	}

	/** Puts the document's text in the widget, in the direction of its language, and shows it. */
	private static void fillText(StyledText widget, Document document) {
		widget.setOrientation(isRightToLeft(document.getLanguage()) ? SWT.RIGHT_TO_LEFT : SWT.LEFT_TO_RIGHT);
		widget.setText(document.getText());
		((org.eclipse.swt.layout.GridData) widget.getLayoutData()).exclude = false;
		widget.setVisible(true);
	}

	private void applyFont(StyledText widget) {
		FontData base = widget.getFont().getFontData()[0];
		String name = preferences != null ? preferences.fontName().orElse(base.getName()) : base.getName();
		int size = preferences != null ? preferences.fontSize() : 14;
		if (fonts == null) {
			fonts = new LocalResourceManager(JFaceResources.getResources(), widget);
		}
		widget.setFont(fonts.create(FontDescriptor.createFrom(name, size, SWT.NORMAL)));
	}

	static boolean isRightToLeft(String language) {
		if (language == null) {
			return false;
		}
		String primary = language.toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
		return java.util.Set.of("ar", "fa", "ur", "he", "yi", "ps", "ckb", "ug", "dv").contains(primary);
	}

	private static String title(Document document) {
		String title = document.getTitle();
		return title == null || title.isBlank() ? document.getId() : title;
	}

	private final SessionListener listener = new SessionListener() {
		@Override
		public void annotationsChanged(Delta delta) {
			if (session.schema() != shownSchema) {
				schemaChanged();
			}
			if (painter.hasSuggestions()) {
				suggestionsChanged(); // a label made by hand may be the one suggested
			}
			if (delta.updated().isEmpty() && delta.touched().size() <= 32) {
				delta.touched().forEach(AnnotationEditorPart.this::redraw);
			} else {
				styler.forgetAll();
				painter.repaint(0, text.getCharCount()); // an update may have dropped a range (a claim)
			}
			// holders come from person and organisation mentions, so those matter once there are stances
			if (delta.touched().stream().anyMatch(a -> a instanceof Stance s && s.getEvidence() == null)
					|| (stances.hasStances() && delta.touched().stream()
							.anyMatch(a -> a instanceof org.sanad.model.EntityMention))) {
				// later: the edit may come from one of the panel's own combos, still in its listener
				text.getDisplay().asyncExec(() -> {
					if (!stances.control().isDisposed()) {
						stances.refresh();
					}
				});
			}
		}

		@Override
		public void selectionChanged(Annotation selected) {
			painter.frame().select(selected);
			reveal(selected);
		}

		@Override
		public void commitStateChanged(CommitState state) {
			// States from two threads may arrive out of order; show the one that holds now.
			sync.asyncExec(() -> {
				if (status != null && session != null) {
					CommitState now = session.commitState();
					status.show(now);
					if (now.isSaved()) {
						part.setDirty(false);
					} else {
						markDirtyLater();
					}
					if (now.isSaved() && now.revision() != announcedRevision) {
						// the explorer and the search index hear of edits once the store has them
						announcedRevision = now.revision();
						events.post(SanadTopics.ANNOTATIONS_CHANGED, session.document().getId());
					}
				}
			});
		}
	};

	/**
	 * Marks the part dirty if edits are still on their way after {@link #DIRTY_DELAY_MS}. An edit
	 * usually reaches the store within a millisecond; flagging the tab for it and clearing the
	 * flag again would re-lay out the tab row on every key. Closing the editor waits for the
	 * edits either way.
	 */
	private void markDirtyLater() {
		if (dirtyCheckScheduled) {
			return;
		}
		dirtyCheckScheduled = true;
		text.getDisplay().timerExec(DIRTY_DELAY_MS, () -> {
			dirtyCheckScheduled = false;
			if (session != null && !root.isDisposed() && !session.commitState().isSaved()) {
				part.setDirty(true);
			}
		});
	}

	/**
	 * Asks to repaint only the lines an annotation covers: repainting the screen costs more than a
	 * key may. Requests are collected and done once (an edit and its selection touch the same
	 * lines), at the end of the key or else when the UI thread is next free.
	 */
	private void redraw(Annotation annotation) {
		if (annotation == null) {
			return;
		}
		for (Mark mark : Mark.of(annotation)) {
			pendingRepaints.add(new int[] { mark.begin(), mark.end() });
		}
		if (!repaintScheduled) {
			repaintScheduled = true;
			text.getDisplay().asyncExec(this::flushRepaints);
		}
	}

	/** Repaints the requested ranges, each overlapping group of them once. */
	void flushRepaints() {
		repaintScheduled = false;
		if (pendingRepaints.isEmpty() || text == null || text.isDisposed()) {
			pendingRepaints.clear();
			return;
		}
		pendingRepaints.sort(java.util.Comparator.comparingInt(r -> r[0]));
		int length = text.getCharCount();
		int begin = pendingRepaints.get(0)[0];
		int end = pendingRepaints.get(0)[1];
		for (int[] range : pendingRepaints) {
			if (range[0] > end) {
				repaint(begin, end, length);
				begin = range[0];
			}
			end = Math.max(end, range[1]);
		}
		repaint(begin, end, length);
		pendingRepaints.clear();
	}

	private void repaint(int begin, int end, int length) {
		int from = Math.min(begin, length);
		int to = Math.min(end, length);
		if (from < to) {
			styler.forget(from, to);
			painter.repaint(from, to);
		}
	}

	/** Scrolls to an annotation chosen elsewhere (outline, problems) unless it is on screen already. */
	private void reveal(Annotation annotation) {
		if (annotation == null || text.getSelectionCount() > 0) {
			return;
		}
		Mark.of(annotation).stream().findFirst().ifPresent(mark -> {
			if (!isVisible(mark.begin())) {
				text.setCaretOffset(mark.begin());
				text.showSelection();
			}
		});
	}

	private boolean isVisible(int offset) {
		int line = text.getLineAtOffset(offset);
		int y = text.getLinePixel(line);
		return y >= 0 && y < text.getClientArea().height;
	}

	/** Changes the font and colours after the preferences changed. */
	@Inject
	@Optional
	void preferencesChanged(@UIEventTopic(SanadTopics.PREFERENCES_CHANGED) WorkbenchPreferences changed) {
		if (text == null || text.isDisposed() || session == null) {
			return;
		}
		preferences = changed;
		applyFont(text);
		styler.setColours(new Colours(text, session.schema(), changed));
		painter.fontChanged();
		actions.setSnapToWords(changed.snapToWords());
		text.redraw();
	}

	@Focus
	void focus() {
		if (showsText()) {
			text.setFocus();
			activate();
		} else {
			root.setFocus();
		}
	}

	private void activate() {
		if (session == null) {
			return; // still loading: the parts keep following the editor that was active
		}
		application.getContext().set(OpenSessions.ACTIVE, session);
	}

	/** Waits until the store has every edit; the workbench calls this on Save and on close of a dirty editor. */
	@Persist
	void save() {
		if (session == null) {
			return;
		}
		try {
			if (!session.flush(Duration.ofSeconds(15))) {
				MessageDialog.openError(root.getShell(), "Not saved",
						"Some edits are not in the store yet: " + session.commitState().problem()
								+ "\nThey stay in the editor; Sanad keeps retrying.");
				return;
			}
			part.setDirty(false);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	AnnotationSession session() {
		return session;
	}

	@PreDestroy
	void dispose() {
		if (suggesting != null) {
			suggesting.cancel();
		}
		if (follower != null) {
			follower.close();
		}
		if (session == null) {
			return;
		}
		session.removeListener(listener);
		if (application.getContext().get(OpenSessions.ACTIVE) == session) {
			application.getContext().set(OpenSessions.ACTIVE, null);
		}
		release(session);
	}

	/** Gives the session back; the last holder closes it, off the UI thread. */
	private void release(AnnotationSession held) {
		if (!OpenSessions.of(application.getContext()).release(held)) {
			return; // a bulk labelling still holds it
		}
		Job.create("Closing " + title(held.document()), monitor -> {
			held.close();
			return held.commitState().isSaved() ? Status.OK_STATUS
					: Status.warning("Edits not stored when closing: " + held.commitState());
		}).schedule();
	}

}
