package org.sanad.exchange.uima.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.sanad.exchange.DatasetWriter;
import org.sanad.exchange.ExportTarget;
import org.sanad.exchange.ExportedDocument;
import org.xml.sax.SAXException;

/**
 * Writes each document's XMI on a thread of its own, so that the exporter reads the next documents
 * from the store, and cuts them into sentences and tokens, while UIMA serializes the last ones:
 * the serializer alone takes about as long as the rest, and the two overlap. One CAS, one writer
 * thread, documents in the order given; at most {@link #AHEAD} wait. The first failure is thrown
 * by the next call.
 */
final class XmiWriter implements DatasetWriter {

	/**
	 * Documents that may wait for the writer thread: a page of the exporter's (250), so that the
	 * writer has work while the exporter reads the next page from the store; with 64 it ran dry
	 * during every page read.
	 */
	static final int AHEAD = 256;

	private final CAS cas;
	private final ExportTarget target;
	private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
		Thread t = new Thread(r, "Sanad XMI writer");
		t.setDaemon(true);
		return t;
	});
	private final Semaphore room = new Semaphore(AHEAD);
	private volatile IOException failure;

	XmiWriter(CAS cas, ExportTarget target) {
		this.cas = cas;
		this.target = target;
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
		thread.execute(() -> {
			try {
				if (failure == null) {
					serialize(document, segments);
				}
			} catch (IOException | RuntimeException e) {
				failure = e instanceof IOException io ? io
						: new IOException("Cannot write the XMI of document " + document.document().getId() + ": " + e, e);
			} finally {
				room.release();
			}
		});
	}

	private void serialize(ExportedDocument document, CasWriter.Segments segments) throws IOException {
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
		thread.shutdown();
		try {
			while (!thread.awaitTermination(1, TimeUnit.SECONDS)) {
				// each document takes milliseconds; a long wait is a large document
			}
		} catch (InterruptedException e) {
			thread.shutdownNow();
			Thread.currentThread().interrupt();
			throw new InterruptedIOException("Export interrupted while writing XMI");
		} finally {
			cas.reset();
		}
		throwFailure();
	}

	private void throwFailure() throws IOException {
		IOException failed = failure;
		if (failed != null) {
			throw failed;
		}
	}
}
