package org.sanad.readers.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * The seeds annotated on every layer, as Sanad JSONL lines for the product to import: for each
 * seed, a gold line and one of annotator "ann", on words from the middle of the article (clear
 * of the pages' boilerplate), with a nested entity, a rated source with a claim and both kinds of
 * stance. Offsets are code points.
 */
final class SeedsDataset {

	private SeedsDataset() {
	}

	static Path write(Path file) throws IOException {
		List<String> lines = new ArrayList<>();
		try (Stream<Path> seeds = Files.list(Path.of(System.getProperty("sanad.seeds")))) {
			for (Path seed : seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
				String text = Files.readString(seed, StandardCharsets.UTF_8);
				lines.add(line(text, null).toString());
				lines.add(line(text, "ann").toString());
			}
		}
		return Files.write(file, lines, StandardCharsets.UTF_8);
	}

	private static JsonObject line(String text, String annotator) {
		List<int[]> words = words(text, text.length() * 2 / 5, 14);
		JsonObject line = new JsonObject();
		line.addProperty("text", text);
		line.add("annotator", annotator == null ? JsonNull.INSTANCE : new com.google.gson.JsonPrimitive(annotator));
		line.addProperty("offsets", "codepoint");
		JsonArray entities = new JsonArray();
		entities.add(span(text, "e1", words.get(0)[0], words.get(1)[1], "label", "PER"));
		entities.add(span(text, "e2", words.get(1)[0], words.get(1)[1], "label", annotator == null ? "ORG" : "GPE"));
		entities.add(span(text, "e3", words.get(3)[0], words.get(3)[1], "label", "GPE"));
		line.add("entities", entities);
		JsonObject source = span(text, "s1", words.get(5)[0], words.get(7)[1], "kind", "anonymous-official");
		source.addProperty("reliability", annotator == null ? "B" : "C");
		source.addProperty("credibility", annotator == null ? "2" : "3");
		source.addProperty("registry", "Pentagon");
		JsonArray claims = new JsonArray();
		claims.add(span(text, null, words.get(8)[0], words.get(10)[1], null, null));
		source.add("claims", claims);
		JsonArray sources = new JsonArray();
		sources.add(source);
		line.add("sources", sources);
		JsonArray stances = new JsonArray();
		JsonObject documentLevel = new JsonObject();
		documentLevel.addProperty("target", "us-presence-iraq");
		documentLevel.addProperty("polarity", "FAVOR");
		documentLevel.addProperty("holder", "e1");
		stances.add(documentLevel);
		JsonObject quoted = span(text, null, words.get(11)[0], words.get(13)[1], "target", "coalition-mission-end");
		quoted.addProperty("polarity", "AGAINST");
		stances.add(quoted);
		line.add("stances", stances);
		return line;
	}

	private static JsonObject span(String text, String id, int begin, int end, String name, String value) {
		JsonObject span = new JsonObject();
		if (id != null) {
			span.addProperty("id", id);
		}
		span.addProperty("begin", text.codePointCount(0, begin));
		span.addProperty("end", text.codePointCount(0, end));
		span.addProperty("text", text.substring(begin, end));
		if (name != null) {
			span.addProperty(name, value);
		}
		return span;
	}

	/** @return {@code count} words of letters only (UTF-16 begin, end) from {@code from} on */
	private static List<int[]> words(String text, int from, int count) {
		List<int[]> words = new ArrayList<>();
		int i = from;
		while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		while (words.size() < count && i < text.length()) {
			while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			int start = i;
			while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
				i++;
			}
			if (text.substring(start, i).chars().allMatch(Character::isLetter)) {
				words.add(new int[] { start, i });
			}
		}
		return words;
	}
}
