package org.sanad.preannotation;

/**
 * An entity label proposed for a span of a document's text.
 *
 * @param begin  where the span begins, in UTF-16 code units of the text
 * @param end    where it ends (exclusive), in UTF-16 code units
 * @param label  the entity label's id in the schema, for example {@code ORG}
 * @param reason why it is proposed, shown to the annotator (may be empty)
 */
public record Proposal(int begin, int end, String label, String reason) {

	public Proposal {
		if (begin < 0 || end <= begin) {
			throw new IllegalArgumentException("A proposal needs 0 <= begin < end, not " + begin + ".." + end);
		}
		if (label == null || label.isBlank()) {
			throw new IllegalArgumentException("A proposal needs a label");
		}
		reason = reason == null ? "" : reason;
	}
}
