package org.sanad.exchange;

import java.util.List;
import java.util.Map;

import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.text.CodePointIndex;

/**
 * One document with one annotation set, ready to write: annotations the options leave out are
 * gone, each layer is sorted by begin, end and label, and offsets are still UTF-16 code units as
 * Sanad stores them; {@link #offset(int)} converts one to the export's unit.
 *
 * @param document  the document with its text, boilerplate and metadata
 * @param annotator the set's annotator as the export names it (a pseudonym when asked for), or
 *                  {@code null} for the gold set
 * @param entities  entity mentions
 * @param sources   source attributions
 * @param stances   stances, document-level ones (no evidence) first
 * @param registry  the names of the project's registered sources, by id
 * @param part      {@link Split#TRAIN}, {@link Split#DEV} or {@link Split#TEST}; {@code null} without a split
 * @param unit      the unit {@link #offset(int)} converts to
 * @param index     the text's code point index
 */
public record ExportedDocument(Document document, String annotator, List<EntityMention> entities,
		List<SourceAttribution> sources, List<Stance> stances, Map<String, String> registry, String part,
		OffsetUnit unit, CodePointIndex index) {

	public ExportedDocument {
		entities = List.copyOf(entities);
		sources = List.copyOf(sources);
		stances = List.copyOf(stances);
	}

	/** @return a stored (UTF-16) offset in the export's unit */
	public int offset(int utf16) {
		return unit == OffsetUnit.CODEPOINT ? index.toCodePoints(utf16) : utf16;
	}

	/** @return the text between two stored offsets */
	public String covered(int begin, int end) {
		return document.getText().substring(begin, end);
	}

	/** @return the registered name of a source, or {@code null} */
	public String registryName(SourceAttribution source) {
		return source.getSourceId() == null ? null : registry.get(source.getSourceId());
	}
}
