package org.sanad.ui.editor.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.sanad.editing.AnnotationSession;
import org.sanad.store.SetChanges;

/**
 * Brings changes made elsewhere (another window, a command, a second curator on the gold set) into
 * an open editor: asks the store every few seconds off the UI thread, as the search index does,
 * and hands what it found to the session on the UI thread. The editor's own edits go first.
 */
final class StoreFollower implements AutoCloseable {

	private static final long EVERY_SECONDS = 5;

	private final ScheduledExecutorService timer;

	StoreFollower(AnnotationSession session, UISynchronize sync, Consumer<SetChanges> taken) {
		timer = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "sanad-editor-follower-" + session.document().getId());
			t.setDaemon(true);
			return t;
		});
		timer.scheduleWithFixedDelay(() -> {
			try {
				session.pollStore().ifPresent(changes -> sync.asyncExec(() -> {
					if (!timer.isShutdown() && session.takeStoreChanges(changes)) {
						taken.accept(changes);
					}
				}));
			} catch (RuntimeException e) {
				// the store is out of reach for now: the commit line says so when it matters; ask again later
			}
		}, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
	}

	@Override
	public void close() {
		timer.shutdownNow();
	}
}
