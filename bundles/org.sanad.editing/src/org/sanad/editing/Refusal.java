package org.sanad.editing;

import java.util.List;

/**
 * Why the store refused the first pending edit: it names an entity label, stance target or source
 * kind the project's schema no longer has (renamed or removed while the edit waited). The edit
 * waits until the annotator relabels or drops it.
 *
 * @param field         {@code label}, {@code target} or {@code kind}, as in
 *                      {@link org.sanad.store.UnknownNameException}
 * @param name          the name the schema lacks
 * @param annotationIds the annotations of the refused edit that use it
 * @since 0.4
 */
public record Refusal(String field, String name, List<String> annotationIds) {

	public Refusal {
		annotationIds = List.copyOf(annotationIds);
	}
}
