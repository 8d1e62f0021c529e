package org.sanad.exchange.internal;

import java.util.List;
import java.util.TreeSet;

import org.sanad.exchange.ExportedDocument;
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.EntityMention;
import org.sanad.exchange.text.Sentences;
import org.sanad.exchange.text.Tokenizer;

/** One document's CoNLL lines: sentences of tokens with their entity tags. */
final class Conll {

	private Conll() {
	}

	/**
	 * @param kept             entities that do not overlap, in text order
	 * @param skipBoilerplate  whether tokens inside boilerplate are left out
	 */
	static String lines(ExportedDocument d, List<EntityMention> kept, boolean iob1, boolean skipBoilerplate) {
		String text = d.document().getText();
		int[] owner = new int[text.length() + 1];
		java.util.Arrays.fill(owner, -1);
		TreeSet<Integer> cuts = new TreeSet<>();
		for (int i = 0; i < kept.size(); i++) {
			EntityMention m = kept.get(i);
			java.util.Arrays.fill(owner, m.getBegin(), m.getEnd(), i);
			cuts.add(m.getBegin());
			cuts.add(m.getEnd());
		}
		List<BoilerplateRegion> boilerplate = skipBoilerplate ? d.document().getBoilerplate() : List.of();
		StringBuilder out = new StringBuilder();
		// A sentence boundary never falls inside an entity.
		for (int[] sentence : Sentences.split(text, d.document().getLanguage(),
				at -> at <= 0 || at >= text.length() || owner[at] < 0 || owner[at] != owner[at - 1])) {
			int previous = -1;
			int lines = 0;
			for (int[] piece : Tokenizer.tokens(text, sentence[0], sentence[1], cuts)) {
				if (inBoilerplate(piece, boilerplate)) {
					continue;
				}
				int entity = owner[piece[0]];
				String tag = "O";
				if (entity >= 0) {
					String label = kept.get(entity).getLabel();
					boolean first = entity != previous;
					boolean adjacentSameLabel = previous >= 0 && first && kept.get(previous).getLabel().equals(label);
					tag = (iob1 ? adjacentSameLabel : first) ? "B-" + label : "I-" + label;
				}
				out.append(text, piece[0], piece[1]).append(" _ _ ").append(tag).append('\n');
				previous = entity;
				lines++;
			}
			if (lines > 0) {
				out.append('\n');
			}
		}
		return out.toString();
	}

	private static boolean inBoilerplate(int[] piece, List<BoilerplateRegion> boilerplate) {
		for (BoilerplateRegion r : boilerplate) {
			if (r.getBegin() <= piece[0] && piece[1] <= r.getEnd()) {
				return true;
			}
		}
		return false;
	}
}
