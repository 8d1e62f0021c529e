package org.sanad.exchange.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;
import org.sanad.exchange.DatasetWriter;
import org.sanad.exchange.ExportFormat;
import org.sanad.exchange.ExportTarget;
import org.sanad.exchange.ExportedDocument;
import org.sanad.model.EntityMention;

/**
 * Entities in CoNLL-2003 style: {@code FORM POS CHUNK NER}, space-separated, {@code _} for the POS
 * and chunk Sanad does not have, a blank line after each sentence, IOB2 tags (or IOB1 with
 * {@code scheme=iob1}), {@code -DOCSTART- -X- -X- O} before each document only with
 * {@code docstart=true}. Tokens come from {@link Tokenizer}, split further where an entity begins
 * or ends inside one; sentences from {@link Sentences}. BIO cannot nest: of overlapping entities
 * the outermost (earliest, then longest) is kept and the others are counted as dropped.
 */
@Component(service = ExportFormat.class)
public final class ConllExport implements ExportFormat {

	static final String SCHEME = "scheme", DOCSTART = "docstart";
	static final String DROPPED = "nested or overlapping entities (BIO keeps the outermost)";

	@Override
	public String name() {
		return "conll";
	}

	@Override
	public String summary() {
		return "CoNLL-2003: entities as FORM POS CHUNK NER with IOB2 (or IOB1) tags";
	}

	@Override
	public Set<String> formatOptions() {
		return Set.of(SCHEME, DOCSTART);
	}

	@Override
	public DatasetWriter open(ExportTarget target) throws IOException {
		if (target.options().withoutText()) {
			throw new IllegalArgumentException("CoNLL cannot be written without texts: its tokens are the text");
		}
		String scheme = target.options().formatOption(SCHEME, "iob2");
		if (!scheme.equals("iob2") && !scheme.equals("iob1")) {
			throw new IllegalArgumentException("--scheme is iob2 or iob1, not '" + scheme + "'");
		}
		String docstart = target.options().formatOption(DOCSTART, "false");
		if (!docstart.equals("true") && !docstart.equals("false")) {
			throw new IllegalArgumentException("docstart is true or false, not '" + docstart + "'");
		}
		PartFiles files = new PartFiles(target, part -> (part.isEmpty() ? "entities" : part) + ".conll");
		boolean iob1 = scheme.equals("iob1");
		boolean withDocstart = Boolean.parseBoolean(docstart);
		return new DatasetWriter() {
			@Override
			public void write(ExportedDocument d) throws IOException {
				List<EntityMention> kept = outermost(d.entities());
				target.dropped(d.document().getId(), d.entities().size() - kept.size(), DROPPED);
				Writer out = files.of(d);
				if (withDocstart) {
					out.write("-DOCSTART- -X- -X- O\n\n");
				}
				out.write(Conll.lines(d, kept, iob1, !target.options().includeBoilerplate()));
			}

			@Override
			public void close() throws IOException {
				files.close();
			}
		};
	}

	/** @return the entities that overlap no earlier or longer one, in text order */
	static List<EntityMention> outermost(List<EntityMention> entities) {
		List<EntityMention> sorted = new ArrayList<>(entities);
		sorted.sort((a, b) -> a.getBegin() != b.getBegin() ? Integer.compare(a.getBegin(), b.getBegin())
				: Integer.compare(b.getEnd(), a.getEnd()));
		List<EntityMention> kept = new ArrayList<>();
		int end = -1;
		for (EntityMention m : sorted) {
			if (m.getBegin() >= end && m.getEnd() > m.getBegin()) {
				kept.add(m);
				end = m.getEnd();
			}
		}
		return kept;
	}
}
