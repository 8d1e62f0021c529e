package org.sanad.importer.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.sanad.model.BoilerplateRegion;
import org.sanad.model.SanadFactory;

/**
 * Marks site furniture in scraped news pages (navigation, comment forms, teasers of other
 * articles) as boilerplate, line by line, without touching the text. Deterministic rules:
 * <ul>
 * <li>{@code phrase}: a line that is one of the known phrases (built-in or the project's);</li>
 * <li>{@code latin-line}: in a mostly Arabic text, a short line with no Arabic letters
 * ("Connect with us", "Logo", "App Store Play Store");</li>
 * <li>{@code tail}: everything from a line that opens the comment form or the related-articles
 * block to the end of the text.</li>
 * </ul>
 * Regions separated only by white space are merged.
 */
public final class BoilerplateDetector {

	/** Lines that open the part of a page after the article. */
	static final Set<String> TAIL_STARTS = Set.of("اضف تعليقك", "أضف تعليقك", "اترك تعليقك", "اترك تعليقاً",
			"مقالات ذات صلة", "اقرأ أيضا", "اقرأ أيضاً", "leave a comment", "related articles", "related posts");

	/** Navigation and furniture common to Arabic news sites. */
	public static final List<String> BUILT_IN_PHRASES = List.of("اخر الاخبار", "آخر الأخبار", "الرئيسية", "الخليج",
			"دولي", "اقتصاد", "رياضة", "منوعات", "سياسة", "محليات", "شارك", "شارك الخبر", "تابعنا",
			"لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "skip to main content",
			"connect with us", "hi, what are you looking for?");

	/** A Latin-only line longer than this many words is taken for text, not furniture. */
	static final int MAX_LATIN_WORDS = 8;

	private final Set<String> phrases;
	/** Lines over twice this length (room for extra spaces) are neither phrases nor tail starts. */
	private final int longestKey;

	/** @param projectPhrases the project's own known phrases, added to the built-in ones */
	public BoilerplateDetector(List<String> projectPhrases) {
		this.phrases = java.util.stream.Stream.concat(BUILT_IN_PHRASES.stream(), projectPhrases.stream())
				.map(BoilerplateDetector::key).collect(Collectors.toSet());
		this.longestKey = java.util.stream.Stream.concat(phrases.stream(), TAIL_STARTS.stream())
				.mapToInt(String::length).max().orElse(0);
	}

	/**
	 * @param language the text's language; short Latin lines count as furniture only in Arabic text
	 * @return regions of {@code text} to mark, merged and in text order, plus any {@code given} ones
	 */
	public List<BoilerplateRegion> detect(String text, String language, List<BoilerplateRegion> given) {
		boolean arabic = language != null && (language.equals("ar") || language.startsWith("ar-"));
		List<BoilerplateRegion> found = new ArrayList<>(given);
		int lineStart = 0;
		while (lineStart < text.length()) {
			int newline = text.indexOf('\n', lineStart);
			int lineEnd = newline < 0 ? text.length() : newline;
			String line = lineEnd - lineStart > 2 * longestKey ? null : text.substring(lineStart, lineEnd).strip();
			if (line != null && !line.isEmpty()) {
				String key = key(line);
				if (TAIL_STARTS.contains(key)) {
					found.add(region(lineStart, text.stripTrailing().length(), "tail"));
					break;
				}
				if (phrases.contains(key)) {
					found.add(region(lineStart, lineEnd, "phrase"));
				} else if (arabic && isShortLatinLine(line)) {
					found.add(region(lineStart, lineEnd, "latin-line"));
				}
			}
			lineStart = lineEnd + 1;
		}
		return merge(text, found);
	}

	private static boolean isShortLatinLine(String line) {
		return line.codePoints().noneMatch(Languages::isArabicLetter) && line.codePoints().anyMatch(Character::isLetter)
				&& line.split("\\s+").length <= MAX_LATIN_WORDS;
	}

	private static List<BoilerplateRegion> merge(String text, List<BoilerplateRegion> regions) {
		regions.sort(Comparator.comparingInt(BoilerplateRegion::getBegin));
		List<BoilerplateRegion> merged = new ArrayList<>();
		for (BoilerplateRegion r : regions) {
			BoilerplateRegion last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
			if (last != null && text.substring(Math.min(last.getEnd(), r.getBegin()), r.getBegin()).isBlank()) {
				last.setEnd(Math.max(last.getEnd(), r.getEnd()));
				if (!last.getRule().equals(r.getRule()) && !last.getRule().contains(r.getRule())) {
					last.setRule(last.getRule() + "+" + r.getRule());
				}
			} else {
				merged.add(r);
			}
		}
		return merged;
	}

	private static BoilerplateRegion region(int begin, int end, String rule) {
		BoilerplateRegion region = SanadFactory.eINSTANCE.createBoilerplateRegion();
		region.setBegin(begin);
		region.setEnd(end);
		region.setRule(rule);
		return region;
	}

	/** @return the line stripped, in lower case, each run of ASCII white space one space */
	static String key(String line) {
		String lower = line.strip().toLowerCase(Locale.ROOT);
		// By hand: a regular expression per line was a sixth of the time spent on boilerplate.
		StringBuilder key = null;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			boolean space = isAsciiSpace(c);
			boolean afterSpace = i > 0 && isAsciiSpace(lower.charAt(i - 1));
			if (key == null && space && (c != ' ' || afterSpace)) {
				key = new StringBuilder(lower.length()).append(lower, 0, i);
			}
			if (key != null && !(space && afterSpace)) {
				key.append(space ? ' ' : c);
			}
		}
		return key == null ? lower : key.toString();
	}

	private static boolean isAsciiSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
	}
}
