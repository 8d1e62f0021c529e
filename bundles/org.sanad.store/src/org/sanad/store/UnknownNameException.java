package org.sanad.store;

import java.util.List;

/**
 * A change names an entity label, a stance target or a source kind that the project's schema does
 * not have (any more: it was renamed or removed while the change waited); nothing of it was
 * stored. The change can be made again with a name the schema has, or dropped.
 *
 * @since 0.9
 */
public class UnknownNameException extends StoreException {

	private static final long serialVersionUID = 1L;

	/** The field an entity mention's label is in. */
	public static final String LABEL = "label";
	/** The field a stance's target is in. */
	public static final String TARGET = "target";
	/** The field a source attribution's kind is in. */
	public static final String KIND = "kind";

	private final String field;
	private final String name;
	private final List<String> annotationIds;

	/**
	 * @param field         {@link #LABEL}, {@link #TARGET} or {@link #KIND}
	 * @param name          the name the schema does not have
	 * @param annotationIds the annotations of the change that use it
	 */
	public UnknownNameException(String message, String field, String name, List<String> annotationIds) {
		super(message);
		this.field = field;
		this.name = name;
		this.annotationIds = List.copyOf(annotationIds);
	}

	/** @return {@link #LABEL}, {@link #TARGET} or {@link #KIND} */
	public String field() {
		return field;
	}

	/** @return the name the schema does not have */
	public String name() {
		return name;
	}

	/** @return the annotations of the refused change that use the name */
	public List<String> annotationIds() {
		return annotationIds;
	}
}
