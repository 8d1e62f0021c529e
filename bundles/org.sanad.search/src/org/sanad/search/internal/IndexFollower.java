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
 * Keeps the search indexes in step with the store, whoever changed it (this workbench, a command
 * through it, a curator on the server): it follows the store's change feed, asking every few
 * seconds whether any set, document or log entry of an indexed project changed, and brings that
 * index up to the store in one Lucene commit. An annotation event from this workbench only asks
 * sooner (after a moment that gathers more edits). It never opens a store nobody opened.
 */
@Component(service = EventHandler.class, property = EventConstants.EVENT_TOPIC + "=" + Topics.ANNOTATIONS_ALL)
public final class IndexFollower implements EventHandler {

	/** How long edits are gathered before one catch-up. */
	static final long BATCH_MILLIS = 2000;

	/** How often the store's change feed is asked. */
	static final long POLL_MILLIS = 5000;

	private static final Logger LOG = Logger.getLogger(IndexFollower.class.getName());

	@Reference
	private Workspace workspace;

	private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
		Thread t = new Thread(r, "sanad-index-follower");
		t.setDaemon(true);
		return t;
	});
	private final AtomicBoolean scheduled = new AtomicBoolean();
	/** Per project, the newest change the feed showed: the store's own times, not this machine's clock. */
	private final java.util.Map<String, Feed> feeds = new java.util.concurrent.ConcurrentHashMap<>();

	private record Feed(java.time.Instant newestSet, java.time.Instant newestLog, long documents) {
	}

	/** For DS. */
	public IndexFollower() {
	}

	/** For tests, without DS: follows the feed every {@code pollMillis}. */
	IndexFollower(Workspace workspace, long pollMillis) {
		this.workspace = workspace;
		follow(pollMillis);
	}

	@org.osgi.service.component.annotations.Activate
	void activate() {
		follow(POLL_MILLIS);
	}

	private void follow(long pollMillis) {
		worker.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
	}

	/** Catches up the indexes whose projects changed since the feed was last asked. */
	void poll() {
		try {
			workspace.storeIfOpen().ifPresent(store -> {
				for (Project project : store.projects()) {
					if (new ProjectIndex(workspace.dataDirectory(), project).exists() && changed(store, project)) {
						catchUp();
						return;
					}
				}
			});
		} catch (RuntimeException e) {
			// a server out of reach, a store being closed: asked again at the next turn
			LOG.log(Level.FINE, "Could not ask the store for changes", e);
		}
	}

	/** @return whether the project changed since the last look; true at the first look */
	private boolean changed(org.sanad.store.CorpusStore store, Project project) {
		Feed last = feeds.getOrDefault(project.getId(), new Feed(java.time.Instant.EPOCH, java.time.Instant.EPOCH, -1));
		java.time.Instant newestSet = last.newestSet();
		for (var change : store.setsModifiedSince(project.getId(), last.newestSet())) {
			newestSet = change.modifiedAt().isAfter(newestSet) ? change.modifiedAt() : newestSet;
		}
		java.time.Instant newestLog = last.newestLog();
		for (var entry : store.projectLog(project.getId(), last.newestLog())) {
			newestLog = entry.at().isAfter(newestLog) ? entry.at() : newestLog;
		}
		Feed now = new Feed(newestSet, newestLog, store.documentCount(project.getId()));
		feeds.put(project.getId(), now);
		return !now.equals(last);
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
