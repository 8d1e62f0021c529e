package org.sanad.curation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanad.model.Annotation;
import org.sanad.store.CurationDecision;

/**
 * One thing to decide on in a document: the annotators' annotations of the same span (or stance
 * target), what the gold set holds for it, and the decision in force.
 *
 * @param key        the unit's name (see {@link UnitKeys})
 * @param begin      where it starts, UTF-16 units; -1 for a document-level stance
 * @param end        where it ends; -1 for a document-level stance
 * @param candidates each annotator's annotation of the unit, by annotator, for those who made one
 * @param gold       the gold annotations of the unit (usually none or one)
 * @param decision   the latest curator decision on it, or {@code null}
 */
public record CurationUnit(String key, int begin, int end, Map<String, Annotation> candidates, List<Annotation> gold,
		CurationDecision decision) {

	public CurationUnit {
		candidates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(candidates));
		gold = List.copyOf(gold);
	}

	/** @return entity, source or stance */
	public String layer() {
		return UnitKeys.layer(key);
	}

	/** @return the annotators grouped by what their annotation says, largest group first */
	public Map<String, List<String>> byValue() {
		Map<String, List<String>> groups = new LinkedHashMap<>();
		candidates.forEach((annotator, annotation) -> groups
				.computeIfAbsent(Values.of(annotation), v -> new java.util.ArrayList<>()).add(annotator));
		Map<String, List<String>> sorted = new LinkedHashMap<>();
		groups.entrySet().stream().sorted((a, b) -> b.getValue().size() - a.getValue().size())
				.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	/** @return whether all {@code annotators} (those with a set for the document) made the same annotation */
	public boolean agreed(List<String> annotators) {
		return candidates.size() == annotators.size() && byValue().size() == 1;
	}

	/** @return whether a curator decided on it or the gold set already holds it */
	public boolean settled() {
		return decision != null || !gold.isEmpty();
	}
}
