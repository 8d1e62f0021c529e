package org.sanad.editing.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sanad.editing.CommitState;
import org.sanad.editing.Delta;
import org.sanad.model.Annotation;
import org.sanad.model.SetStatus;
import org.sanad.store.AnnotationChange;
import org.sanad.store.ConflictException;
import org.sanad.store.CorpusStore;
import org.sanad.store.StoreException;
import org.sanad.store.UnknownNameException;
import org.sanad.editing.Refusal;

/**
 * Sends a session's edits to the store one by one, in order, on its own thread, so that the UI
 * thread never waits for a durable commit. An edit leaves the queue only when the store has
 * acknowledged it. On a failure it stays: when the store may succeed later (unreachable, busy, a
 * full disk) it is tried again after a growing pause; when the store refused the edit itself,
 * trying again would only repeat the refusal, so it waits for the user, as on a conflict.
 */
public final class Committer implements AutoCloseable {

	/**
	 * One queued store action: copies taken when it was queued, and the key that makes sending it
	 * again after a lost answer safe (the store applies it once).
	 */
	private static OutboxFile.Pending draft(List<Annotation> created, List<Annotation> updated, List<String> deleted,
			SetStatus status) {
		return new OutboxFile.Pending(created, updated, deleted, status, org.sanad.model.ids.TimeOrderedIds.next());
	}

	private static final long FIRST_RETRY_MILLIS = 500;
	private static final long LAST_RETRY_MILLIS = 10_000;

	private final CorpusStore store;
	private final String documentId;
	private final String owner;
	private final String actor;
	private final Consumer<CommitState> listener;
	private final ScheduledExecutorService worker;
	private final Deque<OutboxFile.Pending> queue = new ArrayDeque<>();
	private final OutboxFile outbox;
	private long revision;
	private String problem;
	private boolean conflict;
	private boolean retrying;
	private boolean rebasing;
	private Refusal refusal;
	/** The store refused the first edit itself: nothing is sent until the user says what to do. */
	private boolean refused;
	private long retryMillis = FIRST_RETRY_MILLIS;

	public Committer(CorpusStore store, String documentId, String owner, String actor, long revision,
			Consumer<CommitState> listener) {
		this(store, documentId, owner, actor, revision, listener, null, List.of());
	}

	/**
	 * @param outbox  where pending edits are kept on disk, or {@code null} for memory only
	 * @param pending edits left from before (read from the outbox), sent first
	 */
	public Committer(CorpusStore store, String documentId, String owner, String actor, long revision,
			Consumer<CommitState> listener, OutboxFile outbox, List<OutboxFile.Pending> pending) {
		this.outbox = outbox;
		this.queue.addAll(pending);
		this.store = store;
		this.documentId = documentId;
		this.owner = owner;
		this.actor = actor;
		this.revision = revision;
		this.listener = listener;
		this.worker = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "sanad-commit-" + documentId);
			t.setDaemon(true);
			return t;
		});
	}

	/** Queues the delta of one edit; copies its annotations now, so later edits do not leak in. */
	public void submit(Delta delta) {
		if (delta.isEmpty()) {
			return;
		}
		enqueue(draft(copies(delta.created()), copies(delta.updated()),
				delta.deleted().stream().map(Annotation::getId).toList(), null));
	}

	/** Queues a change of the set's status. */
	public void submitStatus(SetStatus status) {
		enqueue(draft(List.of(), List.of(), List.of(), status));
	}

	private void enqueue(OutboxFile.Pending draft) {
		CommitState now;
		synchronized (this) {
			queue.add(draft);
			now = state();
		}
		publish(now);
		worker.execute(() -> {
			keep(); // on disk before it is sent: a crash or a closed workbench does not lose it
			drain();
		});
	}

	/** Sends what was left in the outbox from before. */
	public void resume() {
		worker.execute(this::drain);
	}

	/** Writes the pending edits to the outbox, if there is one; in memory they stay anyway. */
	private void keep() {
		if (outbox == null) {
			return;
		}
		OutboxFile.Content content;
		synchronized (this) {
			content = new OutboxFile.Content(documentId, owner, revision, List.copyOf(queue));
		}
		try {
			outbox.write(content);
		} catch (RuntimeException e) {
			java.util.logging.Logger.getLogger(Committer.class.getName()).log(java.util.logging.Level.WARNING,
					e.getMessage(), e);
		}
	}

	/** Tries the queue again now, for example after the user fixed what failed. */
	public void retry() {
		synchronized (this) {
			if (!conflict) {
				problem = null;
				refusal = null;
				refused = false;
			}
		}
		worker.execute(this::drain);
	}

	/** @return copies of the pending edits, in order */
	public synchronized List<OutboxFile.Pending> pending() {
		return List.copyOf(queue);
	}

	/**
	 * Gives every pending annotation that uses {@code from} in {@code field} the name {@code to}
	 * instead, keeps that on disk and sends the queue again.
	 */
	public void relabel(String field, String from, String to) {
		synchronized (this) {
			for (OutboxFile.Pending edit : queue) {
				edit.created().forEach(a -> Names.rename(a, field, from, to));
				edit.updated().forEach(a -> Names.rename(a, field, from, to));
			}
			refusal = null;
			refused = false;
			if (!conflict) {
				problem = null;
			}
		}
		worker.execute(() -> {
			keep();
			drain();
		});
	}

	/**
	 * Takes the first pending edit, which the store refused, out of the queue for good; the queue
	 * stays stopped until {@link #restart(long)}.
	 *
	 * @return the edits still pending
	 * @throws IllegalStateException unless the first edit was refused (not merely unsent)
	 */
	public synchronized List<OutboxFile.Pending> dropRefused() {
		if (queue.isEmpty() || !refused) {
			throw new IllegalStateException("No refused edit waits: " + state());
		}
		queue.poll();
		holdForRestart();
		return List.copyOf(queue);
	}

	/**
	 * Takes every pending edit out of the queue for good (after a conflict, to take the store's set
	 * as it is); the queue stays stopped until {@link #restart(long)}.
	 */
	public synchronized void discardAll() {
		if (!queue.isEmpty() && problem == null && !conflict) {
			throw new IllegalStateException("Edits are being sent: " + state());
		}
		queue.clear();
		holdForRestart();
	}

	private void holdForRestart() {
		refusal = null;
		refused = false;
		problem = null;
		conflict = false;
		rebasing = true; // nothing is sent until the caller knows the store's revision
	}

	/** Sends what is pending again, on top of the set's revision in the store now. */
	public void restart(long storeRevision) {
		CommitState now;
		synchronized (this) {
			revision = storeRevision;
			rebasing = false;
			now = state();
		}
		publish(now);
		worker.execute(() -> {
			keep();
			drain();
		});
	}

	/** After a conflict, bases the pending edits on the store's current revision and sends them. */
	public void rebase() {
		synchronized (this) {
			rebasing = true;
			conflict = false;
			problem = null;
		}
		worker.execute(() -> {
			long current;
			try {
				current = store.annotationSet(documentId, owner).getRevision();
			} catch (RuntimeException e) {
				synchronized (this) {
					rebasing = false;
				}
				fail(e.getMessage(), true);
				return;
			}
			synchronized (this) {
				revision = current;
				rebasing = false;
			}
			drain();
		});
	}

	private void drain() {
		while (true) {
			OutboxFile.Pending next;
			long base;
			synchronized (this) {
				if (conflict || rebasing || refused) {
					return; // waiting for the user; a new edit queued meanwhile waits behind
				}
				next = queue.peek();
				base = revision;
				if (next == null) {
					problem = null;
					retrying = false;
					retryMillis = FIRST_RETRY_MILLIS;
					notifyAll();
					return;
				}
			}
			try {
				long acknowledged = store.apply(new AnnotationChange(documentId, owner, actor, base, next.created(),
						next.updated(), next.deleted(), next.status(), next.changeId()));
				CommitState now;
				synchronized (this) {
					revision = acknowledged;
					queue.poll();
					problem = null;
					refusal = null;
					retrying = false;
					now = state();
				}
				keep();
				publish(now);
			} catch (ConflictException e) {
				fail(e.getMessage(), true);
				return;
			} catch (UnknownNameException e) {
				synchronized (this) {
					refusal = new Refusal(e.field(), e.name(), e.annotationIds());
				}
				fail(e.getMessage(), false, false);
				return;
			} catch (RuntimeException e) {
				boolean again = e instanceof StoreException s && s.isTransient();
				fail(e.getMessage() == null ? e.toString() : e.getMessage(), false, again);
				if (!again) {
					return;
				}
				long pause;
				synchronized (this) {
					pause = retryMillis;
					retryMillis = Math.min(LAST_RETRY_MILLIS, retryMillis * 2);
				}
				if (!worker.isShutdown()) {
					worker.schedule(this::drain, pause, TimeUnit.MILLISECONDS);
				}
				return;
			}
		}
	}

	private void fail(String message, boolean isConflict) {
		fail(message, isConflict, false);
	}

	private void fail(String message, boolean isConflict, boolean willRetry) {
		CommitState now;
		synchronized (this) {
			problem = message;
			conflict = isConflict;
			retrying = willRetry;
			refused = !isConflict && !willRetry;
			now = state();
			notifyAll();
		}
		publish(now);
	}

	/** @return the current state */
	public synchronized CommitState state() {
		return new CommitState(queue.size(), revision, problem, conflict, retrying, refusal);
	}

	/** Tells the listener a state taken when it changed, so that no later change overtakes it. */
	private void publish(CommitState snapshot) {
		listener.accept(snapshot);
	}

	/**
	 * Waits until every queued edit is acknowledged, or a commit fails.
	 *
	 * @return whether the queue is empty
	 */
	public boolean flush(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this) {
			while (!queue.isEmpty() && problem == null) {
				long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
				if (left <= 0) {
					break;
				}
				wait(left);
			}
			return queue.isEmpty();
		}
	}

	/** Stops the commit thread once the queue is done or after {@code timeout}; see {@link #state()} for what is left. */
	public void close(Duration timeout) throws InterruptedException {
		flush(timeout);
		worker.shutdownNow();
		worker.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void close() {
		try {
			close(Duration.ofSeconds(10));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static List<Annotation> copies(List<Annotation> annotations) {
		return annotations.stream().map(EcoreUtil::copy).toList();
	}
}
