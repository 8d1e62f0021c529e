package org.sanad.exchange;

/**
 * Which annotation sets an export writes: the gold set, one annotator's, or every set (gold and
 * each annotator's, one folder each).
 *
 * @param annotator the annotator's id when {@link #kind()} is {@link Kind#ANNOTATOR}, else {@code null}
 */
public record SetSelection(Kind kind, String annotator) {

	/** The kinds of selection. */
	public enum Kind {
		GOLD, ANNOTATOR, ALL
	}

	/** @return the gold set only */
	public static SetSelection gold() {
		return new SetSelection(Kind.GOLD, null);
	}

	/** @return every set: gold and each annotator's */
	public static SetSelection all() {
		return new SetSelection(Kind.ALL, null);
	}

	/** @return one annotator's sets */
	public static SetSelection annotator(String id) {
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("an annotator's set needs the annotator's name");
		}
		return new SetSelection(Kind.ANNOTATOR, id);
	}

	/** @return {@code gold}, {@code all} or an annotator's id, as {@code --set} takes it */
	public static SetSelection parse(String value) {
		return switch (value) {
		case "gold" -> gold();
		case "all" -> all();
		default -> annotator(value);
		};
	}
}
