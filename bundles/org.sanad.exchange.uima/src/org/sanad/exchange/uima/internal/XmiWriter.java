package org.sanad.exchange.uima.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.sanad.exchange.DatasetWriter;
import org.sanad.exchange.ExportTarget;
import org.sanad.exchange.ExportedDocument;
import org.xml.sax.SAXException;

/**
 * Writes the documents' XMI on writer threads, so that the exporter reads the next documents from
 * the store, and cuts them into sentences and tokens, while UIMA serializes the last ones. UIMA's
 * serializer takes twice as long as the rest; with one writer thread it alone set the pace, so each
 * processor gets a writer thread with a CAS of its own (at most {@link #MOST_THREADS} threads).
 * Each document is its own file, so the order they finish in does not matter. At most
 * {@link #AHEAD} documents wait. The first failure is thrown by the next call.
 */
final class XmiWriter implements DatasetWriter {

	/**
	 * Documents that may wait for the writer thread: a page of the exporter's (250), so that the
	 * writer has work while the exporter reads the next page from the store; with 64 it ran dry
	 * during every page read.
	 */
	static final int AHEAD = 256;

	/** Writer threads at most: past a few, the exporter's own thread sets the pace. */
	static final int MOST_THREADS = 4;

	/** A CAS for each writer thread, taken for a document and given back after it. */
	private final BlockingQueue<CAS> cases;
	private final ExportTarget target;
	private final ExecutorService threads;
	private final Semaphore room = new Semaphore(AHEAD);
	private final AtomicReference<IOException> failure = new AtomicReference<>();

	/** @param cases one CAS per writer thread, all of Sanad's type system */
	XmiWriter(List<CAS> cases, ExportTarget target) {
		this.cases = new ArrayBlockingQueue<>(cases.size(), false, cases);
		this.target = target;
		AtomicInteger named = new AtomicInteger();
		this.threads = Executors.newFixedThreadPool(cases.size(), r -> {
			Thread t = new Thread(r, "Sanad XMI writer " + named.incrementAndGet());
			t.setDaemon(true);
			return t;
		});
	}

	/** @return how many writer threads this machine gets: one per processor, at most {@link #MOST_THREADS} */
	static int threads() {
		return Math.clamp(Runtime.getRuntime().availableProcessors(), 1, MOST_THREADS);
	}

	@Override
	public void write(ExportedDocument document) throws IOException {
		throwFailure();
		try {
			room.acquire();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Export interrupted");
		}
		CasWriter.Segments segments;
		try {
			segments = CasWriter.segment(document);
		} catch (RuntimeException e) {
			room.release();
			throw e;
		}
		threads.execute(() -> {
			CAS cas = cases.remove(); // as many as threads: one is free for each running task
			try {
				if (failure.get() == null) {
					serialize(cas, document, segments);
				}
			} catch (IOException | RuntimeException e) {
				failure.compareAndSet(null, e instanceof IOException io ? io
						: new IOException("Cannot write the XMI of document " + document.document().getId() + ": " + e, e));
			} finally {
				cases.add(cas);
				room.release();
			}
		});
	}

	private void serialize(CAS cas, ExportedDocument document, CasWriter.Segments segments) throws IOException {
		CasWriter.fill(cas, document, segments);
		String name = document.document().getId() + ".xmi";
		try (OutputStream out = target.createBinary(document.part() == null ? name : document.part() + "/" + name)) {
			XmiCasSerializer.serialize(cas, out);
		} catch (SAXException e) {
			throw new IOException("Cannot write the XMI of document " + document.document().getId() + ": "
					+ e.getMessage(), e);
		}
	}

	/** Waits for the documents given so far; the exporter then reads their checksums. */
	@Override
	public void close() throws IOException {
		threads.shutdown();
		try {
			while (!threads.awaitTermination(1, TimeUnit.SECONDS)) {
				// each document takes milliseconds; a long wait is a large document
			}
		} catch (InterruptedException e) {
			threads.shutdownNow();
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Export interrupted while writing XMI");
		} finally {
			cases.forEach(CAS::reset);
		}
		throwFailure();
	}

	private void throwFailure() throws IOException {
		IOException failed = failure.get();
		if (failed != null) {
			throw failed;
		}
	}
}
