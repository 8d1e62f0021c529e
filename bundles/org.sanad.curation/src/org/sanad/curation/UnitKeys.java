package org.sanad.curation;

import org.sanad.model.Annotation;
import org.sanad.model.EntityMention;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.TextSpan;

/**
 * Names the unit an annotation belongs to, so that the annotators' annotations of the same thing
 * meet: an entity or a source by its exact span ({@code entity:10-22}, {@code source:4-16}), a
 * document-level stance by its target ({@code stance:us-presence-iraq}), a stance with evidence by
 * target and evidence span ({@code stance:us-presence-iraq@30-41}). Offsets are UTF-16 units.
 */
public final class UnitKeys {

	private UnitKeys() {
	}

	/** @return the unit of {@code annotation} */
	public static String of(Annotation annotation) {
		if (annotation instanceof EntityMention m) {
			return "entity:" + m.getBegin() + "-" + m.getEnd();
		}
		if (annotation instanceof SourceAttribution s) {
			return "source:" + s.getBegin() + "-" + s.getEnd();
		}
		if (annotation instanceof Stance s) {
			TextSpan evidence = s.getEvidence();
			return "stance:" + s.getTarget() + (evidence == null ? "" : "@" + evidence.getBegin() + "-" + evidence.getEnd());
		}
		throw new IllegalArgumentException("no unit for " + annotation.eClass().getName());
	}

	/** @return the layer a unit key belongs to: entity, source or stance */
	public static String layer(String unit) {
		return unit.substring(0, unit.indexOf(':'));
	}
}
