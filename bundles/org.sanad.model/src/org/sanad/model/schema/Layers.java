package org.sanad.model.schema;

/** Ids of the three built-in layers of a {@link org.sanad.model.LabelSchema}. */
public final class Layers {

	/** Entity mentions: spans with a type such as PER or ORG. */
	public static final String ENTITY = "entity";

	/** Stance: target, polarity, holder, evidence. */
	public static final String STANCE = "stance";

	/** Source reliability: attributed sources rated with the Admiralty code. */
	public static final String SOURCE = "source";

	private Layers() {
	}
}
