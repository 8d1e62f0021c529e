package org.sanad.exchange.internal;

import java.io.IOException;

import org.osgi.service.component.annotations.Component;
import org.sanad.exchange.DatasetWriter;
import org.sanad.exchange.ExportFormat;
import org.sanad.exchange.ExportTarget;
import org.sanad.exchange.ExportedDocument;

/** Sanad JSONL: {@code documents.jsonl}, or {@code train.jsonl}, {@code dev.jsonl}, {@code test.jsonl} with a split. */
@Component(service = ExportFormat.class)
public final class JsonlExport implements ExportFormat {

	@Override
	public String name() {
		return "jsonl";
	}

	@Override
	public String summary() {
		return "Sanad JSONL: one document per line with every layer and the text each span covers";
	}

	@Override
	public DatasetWriter open(ExportTarget target) throws IOException {
		boolean withText = !target.options().withoutText();
		PartFiles files = new PartFiles(target, part -> (part.isEmpty() ? "documents" : part) + ".jsonl");
		return new DatasetWriter() {
			@Override
			public void write(ExportedDocument document) throws IOException {
				Jsonl.write(document, withText, files.of(document));
			}

			@Override
			public void close() throws IOException {
				files.close();
			}
		};
	}
}
