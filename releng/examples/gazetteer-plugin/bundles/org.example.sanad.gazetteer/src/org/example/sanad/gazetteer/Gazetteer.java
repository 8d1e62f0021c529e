package org.example.sanad.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanad.search.SearchWords;

/**
 * Phrases (one or more words, each with an entity label or none) found in texts word by word, the
 * way Sanad's search compares words: forms of alef, alef maqsura and taa marbuta folded, harakat
 * and tatweel ignored, Arabic-Indic digits as 0–9, case ignored. A match begins and ends on word
 * boundaries; its offsets are into the original text, in UTF-16 units.
 */
final class Gazetteer {

	/** A phrase to look for, with the label to propose (null when only finding) and why. */
	record Entry(String phrase, String label, String reason) {
	}

	record Match(int begin, int end, String text, String label, String reason) {
	}

	/** Entries by their first normalised word; each with its normalised words. */
	private final Map<String, List<Normalised>> byFirstWord = new HashMap<>();

	private record Normalised(List<String> words, Entry entry) {
	}

	Gazetteer(List<Entry> entries) {
		for (Entry entry : entries) {
			List<String> words = SearchWords.of(entry.phrase()).stream().map(SearchWords.Word::normalised).toList();
			if (!words.isEmpty()) {
				byFirstWord.computeIfAbsent(words.get(0), w -> new ArrayList<>()).add(new Normalised(words, entry));
			}
		}
	}

	boolean isEmpty() {
		return byFirstWord.isEmpty();
	}

	/** @return every place an entry occurs, in text order; the same span and label once */
	List<Match> find(String text) {
		List<SearchWords.Word> words = SearchWords.of(text);
		List<Match> matches = new ArrayList<>();
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (int i = 0; i < words.size(); i++) {
			for (Normalised candidate : byFirstWord.getOrDefault(words.get(i).normalised(), List.of())) {
				if (matchesAt(words, i, candidate.words())) {
					int begin = words.get(i).begin();
					int end = words.get(i + candidate.words().size() - 1).end();
					Entry entry = candidate.entry();
					if (seen.add(begin + ":" + end + ":" + entry.label())) {
						matches.add(new Match(begin, end, text.substring(begin, end), entry.label(), entry.reason()));
					}
				}
			}
		}
		return matches;
	}

	private static boolean matchesAt(List<SearchWords.Word> words, int at, List<String> phrase) {
		if (at + phrase.size() > words.size()) {
			return false;
		}
		for (int k = 0; k < phrase.size(); k++) {
			if (!words.get(at + k).normalised().equals(phrase.get(k))) {
				return false;
			}
		}
		return true;
	}
}
