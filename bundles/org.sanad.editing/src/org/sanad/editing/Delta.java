package org.sanad.editing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanad.model.Annotation;

/**
 * What one edit did to an annotation set: annotations created, updated and deleted. Deltas merge,
 * so that a compound edit reaches the store as one action (create then delete is nothing; delete
 * then create again is an update).
 */
public final class Delta {

	private enum Kind {
		CREATED, UPDATED, DELETED
	}

	private record Op(Kind kind, Annotation annotation) {
	}

	private final Map<String, Op> ops = new LinkedHashMap<>();

	/** @return a delta that created {@code annotations} */
	public static Delta created(Collection<? extends Annotation> annotations) {
		Delta delta = new Delta();
		annotations.forEach(delta::create);
		return delta;
	}

	/** Records that {@code annotation} was created. */
	public Delta create(Annotation annotation) {
		Op before = ops.get(annotation.getId());
		put(annotation, before != null && before.kind() == Kind.DELETED ? Kind.UPDATED : Kind.CREATED);
		return this;
	}

	/** Records that {@code annotation} changed. */
	public Delta update(Annotation annotation) {
		Op before = ops.get(annotation.getId());
		put(annotation, before != null && before.kind() == Kind.CREATED ? Kind.CREATED : Kind.UPDATED);
		return this;
	}

	/** Records that {@code annotation} was removed. */
	public Delta delete(Annotation annotation) {
		Op before = ops.get(annotation.getId());
		if (before != null && before.kind() == Kind.CREATED) {
			ops.remove(annotation.getId());
		} else {
			put(annotation, Kind.DELETED);
		}
		return this;
	}

	/** Adds what {@code later} did after this delta. */
	public Delta then(Delta later) {
		for (Op op : later.ops.values()) {
			switch (op.kind()) {
			case CREATED -> create(op.annotation());
			case UPDATED -> update(op.annotation());
			case DELETED -> delete(op.annotation());
			}
		}
		return this;
	}

	private void put(Annotation annotation, Kind kind) {
		ops.put(annotation.getId(), new Op(kind, annotation));
	}

	public List<Annotation> created() {
		return of(Kind.CREATED);
	}

	public List<Annotation> updated() {
		return of(Kind.UPDATED);
	}

	public List<Annotation> deleted() {
		return of(Kind.DELETED);
	}

	/** @return every annotation this delta touches */
	public List<Annotation> touched() {
		return ops.values().stream().map(Op::annotation).toList();
	}

	public boolean isEmpty() {
		return ops.isEmpty();
	}

	private List<Annotation> of(Kind kind) {
		List<Annotation> result = new ArrayList<>();
		for (Op op : ops.values()) {
			if (op.kind() == kind) {
				result.add(op.annotation());
			}
		}
		return result;
	}

	@Override
	public String toString() {
		return "Delta[created=" + created().size() + ", updated=" + updated().size() + ", deleted=" + deleted().size()
				+ "]";
	}
}
