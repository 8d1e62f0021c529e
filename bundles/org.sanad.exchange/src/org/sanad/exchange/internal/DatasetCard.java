package org.sanad.exchange.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.sanad.core.SanadVersion;
import org.sanad.exchange.ExportFormat;
import org.sanad.exchange.ExportOptions;
import org.sanad.exchange.OffsetUnit;
import org.sanad.model.Label;
import org.sanad.model.LabelSchema;
import org.sanad.model.Layer;
import org.sanad.model.Project;
import org.sanad.model.SourceKind;
import org.sanad.model.StanceTarget;
import org.sanad.model.schema.Layers;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/** The dataset card written beside every export: {@code card.json} for programs, {@code README.md} for people. */
final class DatasetCard {

	static final String JSON = "card.json", README = "README.md";

	private final Project project;
	private final ExportFormat format;
	private final ExportOptions options;
	private final List<SetCounts> sets;
	private final Map<String, String> files;

	DatasetCard(Project project, ExportFormat format, ExportOptions options, List<SetCounts> sets,
			Map<String, String> files) {
		this.project = project;
		this.format = format;
		this.options = options;
		this.sets = sets;
		this.files = files;
	}

	/** @return the unit the files' offsets count */
	OffsetUnit unit() {
		return format.fixedOffsets() != null ? format.fixedOffsets() : options.offsets();
	}

	void write(Path folder) throws IOException {
		JsonObject card = json();
		try (Writer out = Files.newBufferedWriter(folder.resolve(JSON), StandardCharsets.UTF_8)) {
			new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(card, out);
			out.write('\n');
		}
		Files.writeString(folder.resolve(README), CardReadme.of(card), StandardCharsets.UTF_8);
	}

	JsonObject json() {
		JsonObject card = new JsonObject();
		card.addProperty("project", project.getName());
		card.addProperty("description", project.getDescription());
		card.addProperty("sanad_version", version());
		card.addProperty("exported_at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
		card.addProperty("format", format.name());
		card.addProperty("offsets", unit().id());
		card.addProperty("offsets_note", unit() == OffsetUnit.CODEPOINT
				? "begin and end count Unicode code points, as Python's str indexes"
				: "begin and end count UTF-16 code units, as Java, JavaScript and UIMA index strings");
		card.addProperty("licence", options.licence() == null ? "unspecified" : options.licence());
		card.add("schema", schema(project.getSchema()));
		card.addProperty("boilerplate", options.includeBoilerplate() ? "included"
				: "left out: annotations inside boilerplate are not exported; offsets still refer to the whole original text");
		card.addProperty("texts", options.withoutText() ? "left out" : "included");
		if (options.withoutText()) {
			card.addProperty("rebuild_texts", "Each document's text is left out. Import the original files (their"
					+ " origin is given per document) into Sanad or read them as UTF-8, and check that the SHA-256 of"
					+ " each text's UTF-8 bytes equals the document's checksum before using the offsets.");
		}
		card.addProperty("annotators_pseudonymised", options.pseudonymise());
		card.addProperty("curated_only", options.curatedOnly());
		card.add("split", split());
		JsonArray setArray = new JsonArray();
		for (SetCounts set : sets) {
			setArray.add(set(set));
		}
		card.add("sets", setArray);
		// Agreement figures come with the agreement command; until then the card says so.
		card.add("agreement", JsonNull.INSTANCE);
		JsonObject checksums = new JsonObject();
		files.forEach(checksums::addProperty);
		card.add("files", checksums);
		card.addProperty("checksum_algorithm", "SHA-256 of each file's bytes, lower-case hex");
		return card;
	}

	/** @return Sanad's version; a benchmark that runs the exporter outside OSGi cannot know it */
	private static String version() {
		try {
			return SanadVersion.full();
		} catch (IllegalStateException e) {
			return "unknown (run outside Sanad's OSGi runtime)";
		}
	}

	private JsonElement split() {
		if (options.split() == null) {
			return JsonNull.INSTANCE;
		}
		JsonObject split = new JsonObject();
		split.addProperty("train", options.split().train());
		split.addProperty("dev", options.split().dev());
		split.addProperty("test", options.split().test());
		split.addProperty("seed", options.split().seed());
		split.addProperty("method", "documents ordered by SHA-256 of \"seed:document id\"; the first train% (rounded)"
				+ " are train, the next dev% dev, the rest test");
		return split;
	}

	private static JsonObject set(SetCounts set) {
		JsonObject json = new JsonObject();
		json.addProperty("folder", set.folder.isEmpty() ? "." : set.folder);
		json.addProperty("annotator", set.annotator);
		json.addProperty("documents", set.documents);
		if (set.annotator == null) {
			json.addProperty("curated_documents", set.curated);
		}
		json.addProperty("tokens", set.tokens);
		json.addProperty("annotations", set.annotations());
		json.addProperty("left_out_in_boilerplate", set.leftOutInBoilerplate);
		if (!set.parts.isEmpty()) {
			json.add("documents_per_part", counts(set.parts));
		}
		JsonObject layers = new JsonObject();
		layers.add("entity", counts(set.entities));
		JsonObject source = new JsonObject();
		source.add("kind", counts(set.sourceKinds));
		source.add("reliability", counts(set.reliability));
		source.add("credibility", counts(set.credibility));
		layers.add("source", source);
		JsonObject stance = new JsonObject();
		set.stances.forEach((target, byPolarity) -> stance.add(target, counts(byPolarity)));
		layers.add("stance", stance);
		json.add("counts", layers);
		JsonObject dropped = new JsonObject();
		dropped.addProperty("total", set.dropped.values().stream().mapToInt(Integer::intValue).sum());
		dropped.addProperty("why", set.droppedWhy);
		dropped.add("by_document", counts(set.dropped));
		json.add("dropped", dropped);
		return json;
	}

	private static JsonObject counts(Map<String, Integer> counts) {
		JsonObject json = new JsonObject();
		counts.forEach(json::addProperty);
		return json;
	}

	private static JsonObject schema(LabelSchema schema) {
		JsonObject json = new JsonObject();
		json.addProperty("name", schema.getName());
		json.addProperty("version", schema.getVersion());
		JsonArray entities = new JsonArray();
		for (Layer layer : schema.getLayers()) {
			if (Layers.ENTITY.equals(layer.getId())) {
				for (Label label : layer.getLabels()) {
					JsonObject entry = new JsonObject();
					entry.addProperty("id", label.getName());
					entry.addProperty("description", label.getDescription());
					entities.add(entry);
				}
			}
		}
		json.add("entity_labels", entities);
		JsonArray targets = new JsonArray();
		for (StanceTarget target : schema.getStanceTargets()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("id", target.getId());
			entry.addProperty("name", target.getName());
			targets.add(entry);
		}
		json.add("stance_targets", targets);
		JsonArray kinds = new JsonArray();
		for (SourceKind kind : schema.getSourceKinds()) {
			JsonObject entry = new JsonObject();
			entry.addProperty("id", kind.getId());
			entry.addProperty("name", kind.getName());
			kinds.add(entry);
		}
		json.add("source_kinds", kinds);
		JsonArray polarities = new JsonArray();
		List.of("FAVOR", "AGAINST", "NEUTRAL").forEach(polarities::add);
		json.add("polarities", polarities);
		json.addProperty("reliability", "A completely reliable, B usually reliable, C fairly reliable, D not usually"
				+ " reliable, E unreliable, F cannot be judged; null unrated");
		json.addProperty("credibility", "1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable,"
				+ " 6 cannot be judged; null unrated");
		return json;
	}
}
