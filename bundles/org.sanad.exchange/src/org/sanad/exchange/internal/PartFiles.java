package org.sanad.exchange.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.sanad.exchange.ExportTarget;
import org.sanad.exchange.ExportedDocument;
import org.sanad.exchange.Split;

/**
 * A format's files: one per split part ({@code train}, {@code dev}, {@code test}), or one without
 * a split. Every file is created at once, so a part that gets no document is still there, empty.
 */
final class PartFiles implements Closeable {

	/** The part name used without a split. */
	static final String WHOLE = "";

	private final Map<String, Writer> files = new LinkedHashMap<>();

	/** @param fileName the file name of a part, {@link #WHOLE} without a split */
	PartFiles(ExportTarget target, UnaryOperator<String> fileName) throws IOException {
		List<String> parts = target.options().split() == null ? List.of(WHOLE)
				: List.of(Split.TRAIN, Split.DEV, Split.TEST);
		for (String part : parts) {
			files.put(part, target.create(fileName.apply(part)));
		}
	}

	/** @return the file the document goes to */
	Writer of(ExportedDocument document) {
		return files.get(document.part() == null ? WHOLE : document.part());
	}

	/** @return every file, in part order */
	Collection<Writer> all() {
		return files.values();
	}

	@Override
	public void close() throws IOException {
		IOException first = null;
		for (Writer out : files.values()) {
			try {
				out.close();
			} catch (IOException e) {
				first = first == null ? e : first;
			}
		}
		if (first != null) {
			throw first;
		}
	}
}
