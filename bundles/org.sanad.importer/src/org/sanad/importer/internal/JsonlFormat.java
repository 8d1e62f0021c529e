package org.sanad.importer.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;
import org.sanad.importer.DocumentFormat;
import org.sanad.importer.ImportProblem;
import org.sanad.importer.SourceFile;
import org.sanad.model.Document;
import org.sanad.model.SanadFactory;
import org.sanad.model.text.Utf8Text;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * JSON Lines: one document per line, {@code {"id": ..., "text": ..., "title": ..., "meta": {...}}};
 * {@code text} is required and kept exactly as given. A line with any of {@code entities},
 * {@code sources} or {@code stances} is a Sanad JSONL export's line: its annotations come with the
 * document ({@link JsonlAnnotations}). A malformed line is reported with its line and byte offset;
 * the other lines are still read.
 */
@Component(service = DocumentFormat.class)
public final class JsonlFormat implements DocumentFormat {

	@Override
	public String name() {
		return "jsonl";
	}

	@Override
	public boolean accepts(Path file) {
		return FileNames.hasExtension(file, ".jsonl", ".ndjson");
	}

	@Override
	public List<Document> read(SourceFile source, List<ImportProblem> problems) {
		List<Document> documents = new ArrayList<>();
		String text = source.text();
		long byteOffset = source.textStart();
		int lineNumber = 0;
		int start = 0;
		while (start < text.length()) {
			lineNumber++;
			int end = start;
			while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
				end++;
			}
			int next = end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
					&& text.charAt(end + 1) == '\n' ? end + 2 : Math.min(end + 1, text.length());
			String line = text.substring(start, end);
			long lineStart = byteOffset;
			byteOffset += text.substring(start, next).getBytes(StandardCharsets.UTF_8).length;
			start = next;
			if (line.isBlank()) {
				continue;
			}
			try {
				documents.add(document(source.path(), lineNumber, parse(line)));
			} catch (JsonParseException | IllegalStateException e) {
				problems.add(new ImportProblem(source.path(), lineNumber, lineStart, "is not a JSON object: "
						+ rootCause(e).getMessage()));
			} catch (IllegalArgumentException e) {
				problems.add(new ImportProblem(source.path(), lineNumber, lineStart, e.getMessage()));
			}
		}
		return documents;
	}

	private static JsonObject parse(String line) {
		JsonElement element = JsonParser.parseString(line);
		if (!element.isJsonObject()) {
			throw new IllegalArgumentException("is not a JSON object but " + line.strip().charAt(0) + "…");
		}
		return element.getAsJsonObject();
	}

	private Document document(Path file, int line, JsonObject json) {
		JsonElement text = json.get("text");
		if (text == null || !text.isJsonPrimitive() || !text.getAsJsonPrimitive().isString()) {
			throw new IllegalArgumentException("has no \"text\" string");
		}
		if (text.getAsString().isBlank()) {
			throw new IllegalArgumentException("has an empty \"text\"");
		}
		int unpaired = Utf8Text.unpairedSurrogate(text.getAsString());
		if (unpaired >= 0) {
			// An escape of half a surrogate pair, alone: no character, and no UTF-8 to store.
			throw new IllegalArgumentException("has a \"text\" with half of a surrogate pair at character " + unpaired);
		}
		Document document = SanadFactory.eINSTANCE.createDocument();
		document.setText(text.getAsString());
		document.setOrigin(file + ":" + line);
		if (json.has("title") && json.get("title").isJsonPrimitive()) {
			document.setTitle(json.get("title").getAsString());
		}
		if (json.has("id") && json.get("id").isJsonPrimitive()) {
			document.getMetadata().put("externalId", json.get("id").getAsString());
		}
		if (json.has("meta")) {
			if (!json.get("meta").isJsonObject()) {
				throw new IllegalArgumentException("has a \"meta\" that is not an object");
			}
			for (Map.Entry<String, JsonElement> entry : json.getAsJsonObject("meta").entrySet()) {
				JsonElement value = entry.getValue();
				document.getMetadata().put(entry.getKey(), value.isJsonPrimitive() ? value.getAsString() : value.toString());
			}
		}
		String language = document.getMetadata().get("language");
		if (language != null) {
			document.setLanguage(language);
		}
		document.getMetadata().put("format", name());
		if (JsonlAnnotations.isAnnotated(json)) {
			JsonlAnnotations.read(json, document, file, line);
		}
		return document;
	}

	private static Throwable rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}
}
