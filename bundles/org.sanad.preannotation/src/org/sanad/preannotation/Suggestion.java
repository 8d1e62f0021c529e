package org.sanad.preannotation;

/**
 * A proposal together with the name of the pre-annotator that made it.
 *
 * @param proposal the proposed label and span
 * @param by       the {@link PreAnnotator#name() name} of the pre-annotator
 */
public record Suggestion(Proposal proposal, String by) {

	public int begin() {
		return proposal.begin();
	}

	public int end() {
		return proposal.end();
	}

	public String label() {
		return proposal.label();
	}
}
