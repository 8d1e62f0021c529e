package org.sanad.exchange.internal;

import java.util.Map;
import java.util.TreeMap;

import org.sanad.exchange.ExportedDocument;
import org.sanad.exchange.text.Tokenizer;
import org.sanad.model.EntityMention;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;

/** What one set folder of an export holds, counted for the dataset card as documents are written. */
final class SetCounts {

	final String folder;
	final String annotator;
	int documents;
	/** Gold documents a curator marked curated. */
	int curated;
	long tokens;
	int leftOutInBoilerplate;
	final Map<String, Integer> entities = new TreeMap<>();
	final Map<String, Integer> sourceKinds = new TreeMap<>();
	final Map<String, Integer> reliability = new TreeMap<>();
	final Map<String, Integer> credibility = new TreeMap<>();
	final Map<String, Map<String, Integer>> stances = new TreeMap<>();
	final Map<String, Integer> parts = new TreeMap<>();
	final Map<String, Integer> dropped = new TreeMap<>();
	String droppedWhy;

	SetCounts(String folder, String annotator) {
		this.folder = folder;
		this.annotator = annotator;
	}

	void count(ExportedDocument d, boolean includeBoilerplate) {
		documents++;
		tokens += Tokenizer.count(d.document().getText(), includeBoilerplate ? java.util.List.of() : d.document().getBoilerplate());
		if (d.part() != null) {
			parts.merge(d.part(), 1, Integer::sum);
		}
		for (EntityMention m : d.entities()) {
			entities.merge(m.getLabel(), 1, Integer::sum);
		}
		for (SourceAttribution s : d.sources()) {
			sourceKinds.merge(String.valueOf(s.getKind()), 1, Integer::sum);
			reliability.merge(Jsonl.reliability(s) == null ? "unrated" : Jsonl.reliability(s), 1, Integer::sum);
			credibility.merge(Jsonl.credibility(s) == null ? "unrated" : Jsonl.credibility(s), 1, Integer::sum);
		}
		for (Stance s : d.stances()) {
			String polarity = s.isSetPolarity() ? s.getPolarity().getLiteral() : "unset";
			stances.computeIfAbsent(String.valueOf(s.getTarget()), k -> new TreeMap<>()).merge(polarity, 1,
					Integer::sum);
		}
	}

	int annotations() {
		int sum = 0;
		for (int n : entities.values()) {
			sum += n;
		}
		for (int n : sourceKinds.values()) {
			sum += n;
		}
		for (Map<String, Integer> byPolarity : stances.values()) {
			for (int n : byPolarity.values()) {
				sum += n;
			}
		}
		return sum;
	}
}
