package org.sanad.importer.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanad.importer.ImportedAnnotations;
import org.sanad.model.Annotation;
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.Credibility;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Reliability;
import org.sanad.model.SanadFactory;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.TextSpan;
import org.sanad.model.text.CodePointIndex;
import org.sanad.model.text.TextChecksum;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Reads the annotation half of a Sanad JSONL line (docs/formats.md): {@code entities},
 * {@code sources}, {@code stances} and {@code boilerplate}, with offsets in the line's
 * {@code offsets} unit ({@code codepoint} when it names none). Every span is checked against the
 * text; a bad value throws {@link IllegalArgumentException} naming its field, and then nothing of
 * the line is imported.
 */
final class JsonlAnnotations {

	/** The keys that make a line an annotated one. */
	static final Set<String> LAYERS = Set.of("entities", "sources", "stances");

	private static final SanadFactory F = SanadFactory.eINSTANCE;

	private final String text;
	private final boolean codePoints;
	private final CodePointIndex index;
	private final Map<Annotation, String> fields = new LinkedHashMap<>();

	private JsonlAnnotations(String text, boolean codePoints) {
		this.text = text;
		this.codePoints = codePoints;
		this.index = CodePointIndex.of(text);
	}

	static boolean isAnnotated(JsonObject line) {
		return LAYERS.stream().anyMatch(line::has);
	}

	/** Reads the line's annotations and attaches them to the document, whose text is set. */
	static void read(JsonObject line, Document document, Path file, int lineNumber) {
		String unit = optionalString(line, "offsets");
		if (unit != null && !unit.equals("codepoint") && !unit.equals("utf16")) {
			throw new IllegalArgumentException("\"offsets\" is \"codepoint\" or \"utf16\", not \"" + unit + "\"");
		}
		String checksum = optionalString(line, "checksum");
		if (checksum != null && !checksum.equals(TextChecksum.of(document.getText()))) {
			throw new IllegalArgumentException("\"checksum\" is not the SHA-256 of the line's \"text\"");
		}
		JsonlAnnotations reader = new JsonlAnnotations(document.getText(), !"utf16".equals(unit));
		Map<String, EntityMention> entities = new HashMap<>();
		Map<SourceAttribution, String> registry = new HashMap<>();
		List<Annotation> annotations = new ArrayList<>();
		JsonArray entityArray = array(line, "entities");
		for (int i = 0; i < entityArray.size(); i++) {
			String field = "entities[" + i + "]";
			JsonObject json = object(entityArray.get(i), field);
			EntityMention m = F.createEntityMention();
			reader.span(json, field, m);
			m.setLabel(requiredString(json, "label", field));
			String id = optionalString(json, "id", field);
			if (id != null && entities.put(id, m) != null) {
				throw new IllegalArgumentException("\"" + field + ".id\" \"" + id + "\" is used twice");
			}
			reader.fields.put(m, field);
			annotations.add(m);
		}
		JsonArray sourceArray = array(line, "sources");
		for (int i = 0; i < sourceArray.size(); i++) {
			String field = "sources[" + i + "]";
			JsonObject json = object(sourceArray.get(i), field);
			SourceAttribution s = F.createSourceAttribution();
			reader.span(json, field, s);
			s.setKind(optionalString(json, "kind", field));
			s.setReliability(reliability(optionalString(json, "reliability", field), field));
			s.setCredibility(credibility(optionalString(json, "credibility", field), field));
			String name = optionalString(json, "registry", field);
			if (name != null && !name.isBlank()) {
				registry.put(s, name.strip());
			}
			JsonArray claims = json.has("claims") && !json.get("claims").isJsonNull() ? array(json, "claims", field)
					: new JsonArray();
			for (int c = 0; c < claims.size(); c++) {
				String claimField = field + ".claims[" + c + "]";
				TextSpan claim = F.createTextSpan();
				reader.span(object(claims.get(c), claimField), claimField, claim);
				s.getClaims().add(claim);
			}
			reader.fields.put(s, field);
			annotations.add(s);
		}
		JsonArray stanceArray = array(line, "stances");
		for (int i = 0; i < stanceArray.size(); i++) {
			String field = "stances[" + i + "]";
			JsonObject json = object(stanceArray.get(i), field);
			Stance s = F.createStance();
			s.setTarget(requiredString(json, "target", field));
			String polarity = optionalString(json, "polarity", field);
			if (polarity != null) {
				Polarity p = Polarity.get(polarity);
				if (p == null) {
					throw new IllegalArgumentException("\"" + field + ".polarity\" is FAVOR, AGAINST or NEUTRAL, not \""
							+ polarity + "\"");
				}
				s.setPolarity(p);
			}
			String holder = optionalString(json, "holder", field);
			if (holder != null) {
				s.setHolder(entities.get(holder));
				if (s.getHolder() == null) {
					throw new IllegalArgumentException("\"" + field + ".holder\" \"" + holder
							+ "\" is not the id of an entity of this line");
				}
			}
			boolean documentLevel = isNull(json, "begin") && isNull(json, "end");
			if (!documentLevel) {
				TextSpan evidence = F.createTextSpan();
				reader.span(json, field, evidence);
				s.setEvidence(evidence);
			}
			reader.fields.put(s, field);
			annotations.add(s);
		}
		boolean boilerplateGiven = line.has("boilerplate") && !line.get("boilerplate").isJsonNull();
		if (boilerplateGiven) {
			document.getBoilerplate().clear();
			JsonArray regions = array(line, "boilerplate");
			for (int i = 0; i < regions.size(); i++) {
				String field = "boilerplate[" + i + "]";
				BoilerplateRegion region = F.createBoilerplateRegion();
				reader.span(object(regions.get(i), field), field, region);
				region.setRule("imported");
				document.getBoilerplate().add(region);
			}
		}
		new ImportedAnnotations(annotator(line), annotations, registry, reader.fields, boilerplateGiven, file,
				lineNumber).attachTo(document);
	}

	private static String annotator(JsonObject line) {
		String annotator = optionalString(line, "annotator");
		return annotator == null || annotator.isBlank() ? null : annotator;
	}

	/** Reads begin, end and the optional text into {@code span}, converting to UTF-16 units. */
	private void span(JsonObject json, String field, TextSpan span) {
		int begin = offset(json, "begin", field);
		int end = offset(json, "end", field);
		if (end < begin) {
			throw new IllegalArgumentException("\"" + field + "\" ends (" + json.get("end") + ") before it begins ("
					+ json.get("begin") + ")");
		}
		if (json.has("text") && !json.get("text").isJsonNull()) {
			String expected = optionalString(json, "text", field);
			String covered = text.substring(begin, end);
			if (!covered.equals(expected)) {
				throw new IllegalArgumentException("\"" + field + ".text\" \"" + expected + "\" is not the text at "
						+ json.get("begin") + "–" + json.get("end") + " in " + unit() + " offsets (\"" + covered
						+ "\"); are the offsets in another unit?");
			}
		}
		span.setBegin(begin);
		span.setEnd(end);
	}

	private int offset(JsonObject json, String name, String field) {
		JsonElement value = json.get(name);
		if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
			throw new IllegalArgumentException("\"" + field + "." + name + "\" must be a whole number");
		}
		double number = value.getAsDouble();
		int length = codePoints ? index.codePointLength() : index.utf16Length();
		if (number != Math.rint(number) || number < 0 || number > length) {
			throw new IllegalArgumentException("\"" + field + "." + name + "\" " + value + " is outside the text ("
					+ length + " " + unit() + "s)");
		}
		int offset = (int) number;
		if (codePoints) {
			return index.toUtf16(offset);
		}
		if (!index.isBoundary(offset)) {
			throw new IllegalArgumentException("\"" + field + "." + name + "\" " + offset
					+ " splits a character in two (a surrogate pair)");
		}
		return offset;
	}

	private String unit() {
		return codePoints ? "code point" : "UTF-16 unit";
	}

	private static Reliability reliability(String value, String field) {
		return grade(value, Reliability.UNRATED, Reliability::get, field + ".reliability", "A to F");
	}

	private static Credibility credibility(String value, String field) {
		return grade(value, Credibility.UNRATED, Credibility::get, field + ".credibility", "1 to 6");
	}

	/** @return the Admiralty grade of a one-letter code; {@code unrated} for null */
	private static <T> T grade(String value, T unrated, java.util.function.Function<String, T> byLiteral, String field,
			String range) {
		if (value == null) {
			return unrated;
		}
		T grade = value.length() == 1 ? byLiteral.apply(value) : null;
		if (grade == null || grade == unrated) {
			throw new IllegalArgumentException("\"" + field + "\" is " + range + " or null, not \"" + value + "\"");
		}
		return grade;
	}

	private static boolean isNull(JsonObject json, String name) {
		return !json.has(name) || json.get(name).isJsonNull();
	}

	private static JsonArray array(JsonObject json, String name) {
		return array(json, name, null);
	}

	private static JsonArray array(JsonObject json, String name, String field) {
		JsonElement value = json.get(name);
		if (value == null || value.isJsonNull()) {
			return new JsonArray();
		}
		if (!value.isJsonArray()) {
			throw new IllegalArgumentException("\"" + path(field, name) + "\" must be an array");
		}
		return value.getAsJsonArray();
	}

	private static JsonObject object(JsonElement element, String field) {
		if (!element.isJsonObject()) {
			throw new IllegalArgumentException("\"" + field + "\" must be an object");
		}
		return element.getAsJsonObject();
	}

	private static String requiredString(JsonObject json, String name, String field) {
		String value = optionalString(json, name, field);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("\"" + field + "." + name + "\" is missing");
		}
		return value;
	}

	private static String optionalString(JsonObject json, String name) {
		return optionalString(json, name, null);
	}

	private static String optionalString(JsonObject json, String name, String field) {
		JsonElement value = json.get(name);
		if (value == null || value.isJsonNull()) {
			return null;
		}
		if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
			throw new IllegalArgumentException("\"" + path(field, name) + "\" must be a string");
		}
		return value.getAsString();
	}

	private static String path(String field, String name) {
		return field == null ? name : field + "." + name;
	}
}
