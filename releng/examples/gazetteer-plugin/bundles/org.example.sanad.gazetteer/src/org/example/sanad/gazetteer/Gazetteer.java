package org.example.sanad.gazetteer;

import java.util.ArrayList;
import java.util.List;

/**
 * A word list matched against texts the way Arabic readers see words: diacritics (harakat) and
 * tatweel are ignored and the forms of alef count as one, and a match must begin and end at word
 * boundaries. Offsets are into the original text, in UTF-16 units.
 */
final class Gazetteer {

	record Match(int begin, int end, String text) {
	}

	private final List<String> words = new ArrayList<>();

	Gazetteer(List<String> lines) {
		for (String line : lines) {
			String word = fold(line.strip());
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
	}

	List<Match> find(String text) {
		// the folded text, and for each of its characters where it was in the original
		StringBuilder folded = new StringBuilder();
		List<Integer> origin = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (ignored(c)) {
				continue;
			}
			folded.append(fold(c));
			origin.add(i);
		}
		List<Match> matches = new ArrayList<>();
		for (String word : words) {
			for (int at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
				int end = at + word.length();
				if ((at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))
						&& (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end)))) {
					int begin = origin.get(at);
					int last = origin.get(end - 1) + 1;
					while (last < text.length() && ignored(text.charAt(last))) {
						last++; // a diacritic on the last letter belongs to the word
					}
					matches.add(new Match(begin, last, text.substring(begin, last)));
				}
			}
		}
		matches.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
		return matches;
	}

	private static boolean ignored(char c) {
		return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
	}

	private static char fold(char c) {
		return switch (c) {
		case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
		default -> c;
		};
	}

	private static String fold(String s) {
		StringBuilder out = new StringBuilder();
		for (char c : s.toCharArray()) {
			if (!ignored(c)) {
				out.append(fold(c));
			}
		}
		return out.toString();
	}
}
