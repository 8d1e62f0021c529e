package org.sanad.agreement;

import java.util.Arrays;
import java.util.Locale;

/** The label layers agreement is measured on. */
public enum AgreementLayer {
	/** Entity mentions: spans and their labels. */
	ENTITY,
	/** Attributed sources: spans, kind, reliability and credibility. */
	SOURCE,
	/** Document-level stances: polarity per target, and who holds it. */
	STANCE;

	/** @return the name used in reports and on the command line */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @return the layer named {@code id} */
	public static AgreementLayer of(String id) {
		return Arrays.stream(values()).filter(l -> l.id().equals(id)).findFirst().orElseThrow(
				() -> new IllegalArgumentException("no layer '" + id + "' (layers: entity, source, stance)"));
	}
}
