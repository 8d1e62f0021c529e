package org.sanad.search.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.sanad.core.Topics;
import org.sanad.model.Project;
import org.sanad.workspace.Workspace;

/**
 * Keeps the search indexes in step with edits made in the workbench: on an annotation event it
 * waits a moment for more, then brings every existing index up to the store in one Lucene commit
 * per project, on its own thread. Lucene commits cost milliseconds; they never happen per key.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + Topics.ANNOTATIONS_ALL)
public final class IndexFollower implements EventHandler {

	/** How long edits are gathered before one catch-up. */
	static final long BATCH_MILLIS = 2000;

	private static final Logger LOG = Logger.getLogger(IndexFollower.class.getName());

	@Reference
	private Workspace workspace;

	private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "sanad-index-follower");
		t.setDaemon(true);
		return t;
	});
	private final AtomicBoolean scheduled = new AtomicBoolean();

	/** For DS. */
	public IndexFollower() {
	}

	/** For tests, without DS. */
	IndexFollower(Workspace workspace) {
		this.workspace = workspace;
	}

	@Override
	public void handleEvent(Event event) {
		if (scheduled.compareAndSet(false, true)) {
			worker.schedule(this::catchUp, BATCH_MILLIS, TimeUnit.MILLISECONDS);
		}
	}

	void catchUp() {
		scheduled.set(false);
		java.util.List<Project> projects = workspace.store().projects();
		ProjectIndex.dropOthers(workspace.dataDirectory(),
				projects.stream().map(Project::getId).collect(java.util.stream.Collectors.toSet()));
		for (Project project : projects) {
			ProjectIndex index = new ProjectIndex(workspace.dataDirectory(), project);
			if (!index.exists()) {
				continue; // built on the first search
			}
			try {
				index.catchUp(workspace.store(), project, new NullProgressMonitor());
			} catch (RuntimeException e) {
				LOG.log(Level.WARNING, "The search index of " + project.getName() + " could not follow the store: "
						+ e.getMessage() + "; it catches up at the next search", e);
			}
		}
	}

	@Deactivate
	void stop() {
		worker.shutdownNow();
	}
}
