package org.sanad.store;

import java.util.List;
import java.util.Set;

import org.sanad.model.Annotation;
import org.sanad.model.SetStatus;

/**
 * What changed in one annotation set after a revision, for work that follows the store a few
 * annotations at a time (a search index) instead of re-reading sets of thousands.
 *
 * @param revision the set's revision now
 * @param status   the set's status now
 * @param current  the annotations created or changed after the revision, as they are now (a
 *                 stance's holder is a bare mention carrying only its id)
 * @param deleted  the ids of annotations deleted after the revision
 */
public record SetChanges(long revision, SetStatus status, List<Annotation> current, Set<String> deleted) {

	public SetChanges {
		current = List.copyOf(current);
		deleted = Set.copyOf(deleted);
	}
}
