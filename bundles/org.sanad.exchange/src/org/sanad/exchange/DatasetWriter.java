package org.sanad.exchange;

import org.osgi.annotation.versioning.ConsumerType;

import java.io.Closeable;
import java.io.IOException;

/** Writes the documents of one export folder, one at a time, so that no corpus is held in memory. */
@ConsumerType
public interface DatasetWriter extends Closeable {

	/** Writes one document with its annotations. */
	void write(ExportedDocument document) throws IOException;

	/** Finishes every file; the exporter then checksums them. */
	@Override
	void close() throws IOException;
}
