package org.sanad.store.h2.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

import javax.sql.DataSource;

import org.sanad.store.StoreException;

/**
 * Group commit for annotation changes: every change waiting when the writer thread is free goes
 * into one transaction, each inside its own savepoint, and one commit makes them all durable.
 * A change that fails (a conflict, a refused name) is rolled back to its savepoint and fails
 * alone; the others commit. Each caller gets its answer only after the commit, so an acknowledged
 * change is as durable as before. With one writer at a time a batch holds one change, as a plain
 * transaction did; with many (a team server) the cost of a commit, H2 writing its pages, is
 * shared by the batch.
 */
final class GroupCommits implements AutoCloseable {

	/** One change: what to do in the shared transaction, and who waits for its answer. */
	private record Request(String what, Transactions.Work<Long> work, CompletableFuture<Long> answer) {
	}

	/** At most this many changes share a commit, so that one batch does not hold the others up long. */
	private static final int MOST = 64;
	private static final Request STOP = new Request("stop", c -> 0L, new CompletableFuture<>());

	private final DataSource dataSource;
	private final Dialect dialect;
	private final BlockingQueue<Request> waiting = new LinkedBlockingQueue<>();
	private final Thread writer;
	private volatile boolean closed;
	private final java.util.concurrent.atomic.AtomicLong commitCount = new java.util.concurrent.atomic.AtomicLong();
	private final java.util.concurrent.atomic.AtomicLong changeCount = new java.util.concurrent.atomic.AtomicLong();

	/** System property that turns group commit off ({@code false}): each change commits on its own, in its caller's thread. */
	static final String ENABLED = "sanad.store.groupCommit";

	private final Transactions alone;

	GroupCommits(DataSource dataSource, Dialect dialect) {
		this.dataSource = dataSource;
		this.dialect = dialect;
		boolean enabled = !"false".equals(System.getProperty(ENABLED));
		this.alone = enabled ? null : new Transactions(dataSource, dialect);
		this.writer = enabled ? Thread.ofPlatform().daemon().name("sanad-store-commits").start(this::write) : null;
	}

	/** Runs {@code work} in the next shared transaction and returns its result once committed. */
	long run(String what, Transactions.Work<Long> work) {
		return await(what, submit(what, work));
	}

	/**
	 * Queues {@code work} for the next shared transaction without waiting: a caller with many
	 * changes queues them all, and they share commits as a team's changes do.
	 *
	 * @return the result, complete once committed (with group commit off: already complete)
	 */
	CompletableFuture<Long> submit(String what, Transactions.Work<Long> work) {
		if (closed) {
			return CompletableFuture.failedFuture(new StoreException("Could not " + what + ": the store is closed"));
		}
		if (alone != null) {
			try {
				return CompletableFuture.completedFuture(alone.run(what, work));
			} catch (RuntimeException e) {
				return CompletableFuture.failedFuture(e);
			}
		}
		Request request = new Request(what, work, new CompletableFuture<>());
		waiting.add(request);
		return request.answer();
	}

	/** @return the result of work {@link #submit submitted}, once committed; its failure thrown as it was */
	long await(String what, CompletableFuture<Long> answer) {
		try {
			return answer.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new StoreException("Interrupted while waiting to " + what + "; it may have been stored", e, true);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) {
				throw r;
			}
			throw new StoreException("Could not " + what + ": " + e.getCause().getMessage(), e.getCause());
		}
	}

	private void write() {
		while (true) {
			List<Request> batch = new ArrayList<>();
			try {
				batch.add(waiting.take());
			} catch (InterruptedException e) {
				return;
			}
			waiting.drainTo(batch, MOST - 1);
			boolean stop = batch.remove(STOP);
			if (!batch.isEmpty()) {
				commit(batch);
			}
			if (stop) {
				List<Request> left = new ArrayList<>();
				waiting.drainTo(left);
				left.forEach(r -> r.answer().completeExceptionally(
						new StoreException("Could not " + r.what() + ": the store is closed")));
				return;
			}
		}
	}

	private void commit(List<Request> batch) {
		List<Long> results = new ArrayList<>();
		List<RuntimeException> failures = new ArrayList<>();
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				for (Request request : batch) {
					Savepoint before = connection.setSavepoint();
					try {
						results.add(request.work().run(connection));
						failures.add(null);
					} catch (SQLException | RuntimeException e) {
						connection.rollback(before);
						results.add(null);
						failures.add(e instanceof RuntimeException r ? r : failure(request, (SQLException) e));
					}
				}
				connection.commit();
				commitCount.incrementAndGet();
				changeCount.addAndGet(batch.size());
			} catch (SQLException | RuntimeException e) {
				connection.rollback();
				throw e;
			}
		} catch (SQLException | RuntimeException e) {
			// the commit itself failed: none of the batch is stored
			for (Request request : batch) {
				request.answer().completeExceptionally(e instanceof SQLException s ? failure(request, s)
						: new StoreException("Could not " + request.what() + ": " + e.getMessage(), e, true));
			}
			return;
		}
		for (int i = 0; i < batch.size(); i++) {
			if (failures.get(i) != null) {
				batch.get(i).answer().completeExceptionally(failures.get(i));
			} else {
				batch.get(i).answer().complete(results.get(i));
			}
		}
	}

	private StoreException failure(Request request, SQLException e) {
		return new StoreException("Could not " + request.what() + ": " + e.getMessage(), e, dialect.isTransient(e));
	}

	/** @return {commits, changes they carried} so far, to see how well commits are shared */
	long[] counts() {
		return new long[] { commitCount.get(), changeCount.get() };
	}

	/** Commits what is waiting, then stops the writer; later changes are refused. */
	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		if (writer == null) {
			return;
		}
		waiting.add(STOP);
		try {
			writer.join(30_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
