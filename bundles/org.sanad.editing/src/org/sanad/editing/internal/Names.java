package org.sanad.editing.internal;

import org.sanad.model.Annotation;
import org.sanad.model.EntityMention;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.store.UnknownNameException;

/** The schema names an annotation uses, by the field names of {@link UnknownNameException}. */
public final class Names {

	private Names() {
	}

	/** @return the annotation's name in {@code field}, or {@code null} if it has no such field */
	public static String of(Annotation annotation, String field) {
		return switch (field) {
		case UnknownNameException.LABEL -> annotation instanceof EntityMention m ? m.getLabel() : null;
		case UnknownNameException.TARGET -> annotation instanceof Stance s ? s.getTarget() : null;
		case UnknownNameException.KIND -> annotation instanceof SourceAttribution s ? s.getKind() : null;
		default -> null;
		};
	}

	/** Gives the annotation {@code to} in {@code field} if it has {@code from} there. @return whether it did */
	public static boolean rename(Annotation annotation, String field, String from, String to) {
		if (!from.equals(of(annotation, field))) {
			return false;
		}
		switch (annotation) {
		case EntityMention m -> m.setLabel(to);
		case Stance s -> s.setTarget(to);
		case SourceAttribution s -> s.setKind(to);
		default -> {
			return false;
		}
		}
		return true;
	}
}
