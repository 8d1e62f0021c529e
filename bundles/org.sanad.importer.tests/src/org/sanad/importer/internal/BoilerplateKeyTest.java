package org.sanad.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The key a line is looked up by: compared with the regular expression it replaced. */
class BoilerplateKeyTest {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static String byRegex(String line) {
		return SPACES.matcher(line.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
	}

	@Test
	void linesOfKnownShapes() {
		assertEquals("connect with us", BoilerplateDetector.key("  Connect \t With\u000B\fUS \r"));
		assertEquals("شارك الخبر", BoilerplateDetector.key("شارك   الخبر"));
		assertEquals("a b", BoilerplateDetector.key("a\u00A0\u00A0b".replace('\u00A0', ' ')));
		assertEquals("a\u00A0\u00A0b", BoilerplateDetector.key("a\u00A0\u00A0b"), "only ASCII white space is folded");
		assertEquals("", BoilerplateDetector.key(" \t "));
	}

	@Test
	void sameAsTheRegularExpressionOnRandomLines() {
		char[] alphabet = { ' ', ' ', '\t', '\n', '\r', '\f', '\u000B', '\u00A0', '\u2003', 'A', 'b', 'İ', 'ش', 'ا', '*', '.' };
		Random random = new Random(23);
		for (int n = 0; n < 20_000; n++) {
			StringBuilder line = new StringBuilder();
			int length = random.nextInt(12);
			for (int i = 0; i < length; i++) {
				line.append(alphabet[random.nextInt(alphabet.length)]);
			}
			assertEquals(byRegex(line.toString()), BoilerplateDetector.key(line.toString()), () -> "for '" + line + "'");
		}
	}
}
