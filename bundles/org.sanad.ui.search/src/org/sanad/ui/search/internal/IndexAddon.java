package org.sanad.ui.search.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.osgi.service.event.Event;
import org.sanad.model.Project;
import org.sanad.search.CorpusSearch;
import org.sanad.search.IndexState;
import org.sanad.workspace.Workspace;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * Checks every project's search index once the workbench is up, off the UI thread: a missing,
 * stale or corrupt index is rebuilt from the store, and the search part comes to the front to show
 * the progress, with a Cancel button.
 */
public final class IndexAddon {

	@Inject
	private CorpusSearch search;
	@Inject
	private Workspace workspace;
	@Inject
	private UISynchronize sync;
	@Inject
	private MApplication application;
	@Inject
	private EModelService models;

	/** How long after start-up the index check waits. */
	static final long STARTUP_GRACE_MILLIS = 3000;

	private final IndexPreparation preparation = new IndexPreparation();

	@PostConstruct
	void register(IEclipseContext context) {
		context.set(IndexPreparation.class, preparation);
	}

	@Inject
	@Optional
	void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Event event) {
		Job job = Job.create("Checking the search indexes", monitor -> {
			List<String> said = new ArrayList<>();
			for (Project project : workspace.store().projects()) {
				if (preparation.isCancelled()) {
					break;
				}
				long started = System.nanoTime();
				try {
					IndexState state = search.prepare(project, new Bridge(project));
					if (state.rebuilt()) {
						said.add(outcome(project, state, (System.nanoTime() - started) / 1_000_000));
					}
				} catch (OperationCanceledException e) {
					said.add("Building the index of " + project.getName()
							+ " was cancelled; the first search builds it");
				} catch (RuntimeException e) {
					said.add("The index of " + project.getName() + " could not be checked: " + e.getMessage());
				}
			}
			sync.asyncExec(() -> {
				preparation.finished(String.join("; ", said));
				restorePartShownBefore();
			});
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setPriority(Job.DECORATE);
		// a moment for the user's first steps (opening a document reads the store too) before the
		// check reads every index file
		job.schedule(STARTUP_GRACE_MILLIS);
	}

	private static String outcome(Project project, IndexState state, long millis) {
		String why = switch (state) {
		case MISSING -> "had no index";
		case STALE -> "had an index of an older Sanad";
		case CORRUPT -> "had a damaged index";
		case READY -> "was ready";
		};
		return project.getName() + " " + why + ": rebuilt from the store in " + millis + " ms";
	}

	/** The part that was in front of the search part's stack before the progress was shown. */
	private org.eclipse.e4.ui.model.application.ui.basic.MStackElement shownBefore;

	/**
	 * Brings the search part to the front of its stack, without taking the focus: not over the
	 * active part (the user works in it, say the agreement part beside search), since e4 would hand
	 * the activation on to the part put in front and the user's part would stay hidden.
	 */
	private void showSearchPart() {
		MPart active = application.getContext().getActiveLeaf().get(MPart.class);
		if (models.find(SearchPart.ID, application) instanceof MPart part
				&& (Object) part.getParent() instanceof MPartStack stack && stack.getSelectedElement() != part
				&& (active == null || stack.getSelectedElement() != active)) {
			shownBefore = stack.getSelectedElement();
			stack.setSelectedElement(part);
		}
	}

	/** Puts the part that was in front back, unless the user has started searching meanwhile. */
	private void restorePartShownBefore() {
		if (shownBefore != null && !preparation.searched() && models.find(SearchPart.ID, application) instanceof MPart part
				&& (Object) part.getParent() instanceof MPartStack stack && stack.getSelectedElement() == part
				&& stack.getChildren().contains(shownBefore) && shownBefore.isToBeRendered()) {
			stack.setSelectedElement(shownBefore);
		}
		shownBefore = null;
	}

	/** Passes the index's progress to the search part, at most ten times a second. */
	private final class Bridge extends NullProgressMonitor {
		private final Project project;
		private String task = "";
		private double total = 1;
		private double done;
		private long shown;

		Bridge(Project project) {
			this.project = project;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			total = Math.max(1, totalWork);
			setTaskName(name);
		}

		@Override
		public void setTaskName(String name) {
			if (name == null || name.isBlank()) {
				return;
			}
			boolean building = name.startsWith("Building") && !task.startsWith("Building");
			task = name;
			if (building) {
				sync.asyncExec(IndexAddon.this::showSearchPart);
			}
			show(true);
		}

		@Override
		public void internalWorked(double work) {
			done += work;
			show(false);
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}

		@Override
		public boolean isCanceled() {
			return preparation.isCancelled() || super.isCanceled();
		}

		private void show(boolean now) {
			long time = System.currentTimeMillis();
			if (now || time - shown > 100) {
				shown = time;
				String what = task.isBlank() ? "Checking the index of " + project.getName() : task;
				int percent = (int) Math.min(100, Math.round(100 * done / total));
				sync.asyncExec(() -> preparation.progress(what, percent));
			}
		}
	}
}
