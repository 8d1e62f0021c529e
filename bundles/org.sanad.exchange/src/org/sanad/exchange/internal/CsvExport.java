package org.sanad.exchange.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.IdentityHashMap;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.osgi.service.component.annotations.Component;
import org.sanad.exchange.DatasetWriter;
import org.sanad.exchange.ExportFormat;
import org.sanad.exchange.ExportTarget;
import org.sanad.exchange.ExportedDocument;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;

/**
 * Source ratings and stances as CSV (RFC 4180: UTF-8, CRLF, a header row), written with Apache
 * Commons CSV: {@code sources.csv} and {@code stances.csv}, with a split {@code train-sources.csv}
 * and so on. A span is {@code begin-end} in the export's offset unit.
 */
@Component(service = ExportFormat.class)
public final class CsvExport implements ExportFormat {

	static final String[] SOURCES = { "document", "span", "text", "kind", "registry", "reliability", "credibility",
			"annotator" };
	static final String[] STANCES = { "document", "target", "polarity", "holder", "span", "text", "annotator" };

	@Override
	public String name() {
		return "csv";
	}

	@Override
	public String summary() {
		return "CSV: sources.csv (Admiralty ratings) and stances.csv";
	}

	@Override
	public DatasetWriter open(ExportTarget target) throws IOException {
		boolean withText = !target.options().withoutText();
		PartFiles sources = new PartFiles(target, part -> (part.isEmpty() ? "" : part + "-") + "sources.csv");
		PartFiles stances = new PartFiles(target, part -> (part.isEmpty() ? "" : part + "-") + "stances.csv");
		Map<Writer, CSVPrinter> printers = new IdentityHashMap<>();
		for (Writer out : sources.all()) {
			printers.put(out, CSVFormat.RFC4180.builder().setHeader(SOURCES).get().print(out));
		}
		for (Writer out : stances.all()) {
			printers.put(out, CSVFormat.RFC4180.builder().setHeader(STANCES).get().print(out));
		}
		return new DatasetWriter() {
			@Override
			public void write(ExportedDocument d) throws IOException {
				String id = d.document().getId();
				for (SourceAttribution s : d.sources()) {
					printers.get(sources.of(d)).printRecord(id, span(d, s.getBegin(), s.getEnd()),
							withText ? d.covered(s.getBegin(), s.getEnd()) : null, s.getKind(), d.registryName(s),
							Jsonl.reliability(s), Jsonl.credibility(s), d.annotator());
				}
				for (Stance s : d.stances()) {
					boolean spanned = s.getEvidence() != null;
					boolean holder = s.getHolder() != null && d.entities().contains(s.getHolder());
					printers.get(stances.of(d)).printRecord(id, s.getTarget(),
							s.isSetPolarity() ? s.getPolarity().getLiteral() : null,
							holder && withText ? d.covered(s.getHolder().getBegin(), s.getHolder().getEnd()) : null,
							spanned ? span(d, s.getEvidence().getBegin(), s.getEvidence().getEnd()) : null,
							spanned && withText ? d.covered(s.getEvidence().getBegin(), s.getEvidence().getEnd()) : null,
							d.annotator());
				}
			}

			@Override
			public void close() throws IOException {
				for (CSVPrinter printer : printers.values()) {
					printer.flush();
				}
				sources.close();
				stances.close();
			}
		};
	}

	private static String span(ExportedDocument d, int begin, int end) {
		return d.offset(begin) + "-" + d.offset(end);
	}
}
