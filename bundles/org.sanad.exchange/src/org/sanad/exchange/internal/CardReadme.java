package org.sanad.exchange.internal;

import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** The card's {@code README.md}: the same facts as {@code card.json}, for people. */
final class CardReadme {

	private CardReadme() {
	}

	static String of(JsonObject card) {
		StringBuilder md = new StringBuilder();
		md.append("# ").append(text(card, "project")).append(" — dataset card\n\n");
		if (!card.get("description").isJsonNull()) {
			md.append(text(card, "description")).append("\n\n");
		}
		md.append("Exported by Sanad ").append(text(card, "sanad_version")).append(" on ")
				.append(text(card, "exported_at")).append(".\n\n");
		md.append("| | |\n|---|---|\n");
		row(md, "Format", text(card, "format"));
		row(md, "Offsets", text(card, "offsets") + ": " + text(card, "offsets_note"));
		row(md, "Licence", text(card, "licence"));
		JsonObject schema = card.getAsJsonObject("schema");
		row(md, "Schema", text(schema, "name") + ", version " + schema.get("version").getAsInt());
		row(md, "Boilerplate", text(card, "boilerplate"));
		row(md, "Texts", text(card, "texts"));
		row(md, "Annotators pseudonymised", card.get("annotators_pseudonymised").getAsBoolean() ? "yes" : "no");
		JsonElement split = card.get("split");
		row(md, "Split", split.isJsonNull() ? "none"
				: split.getAsJsonObject().get("train") + "/" + split.getAsJsonObject().get("dev") + "/"
						+ split.getAsJsonObject().get("test") + " (seed " + split.getAsJsonObject().get("seed") + "; "
						+ text(split.getAsJsonObject(), "method") + ")");
		row(md, "Agreement", card.get("agreement").isJsonNull() ? "not computed" : card.get("agreement").toString());
		if (card.has("rebuild_texts")) {
			md.append("\n## Rebuilding the texts\n\n").append(text(card, "rebuild_texts")).append('\n');
		}
		md.append("\n## Labels\n\n");
		for (JsonElement label : schema.getAsJsonArray("entity_labels")) {
			md.append("- `").append(text(label.getAsJsonObject(), "id")).append("`: ")
					.append(text(label.getAsJsonObject(), "description")).append('\n');
		}
		md.append("\nStance targets: ");
		schema.getAsJsonArray("stance_targets").forEach(t -> md.append('`').append(text(t.getAsJsonObject(), "id")).append("` "));
		md.append("\nSource kinds: ");
		schema.getAsJsonArray("source_kinds").forEach(t -> md.append('`').append(text(t.getAsJsonObject(), "id")).append("` "));
		md.append("\nReliability: ").append(text(schema, "reliability")).append("\nCredibility: ")
				.append(text(schema, "credibility")).append('\n');
		for (JsonElement element : card.getAsJsonArray("sets")) {
			JsonObject set = element.getAsJsonObject();
			String annotator = set.get("annotator").isJsonNull() ? "gold" : text(set, "annotator");
			md.append("\n## Set: ").append(annotator).append(" (folder `").append(text(set, "folder")).append("`)\n\n");
			md.append(set.get("documents").getAsInt()).append(" documents")
					.append(set.has("curated_documents")
							? " (" + set.get("curated_documents").getAsInt() + " marked curated)" : "")
					.append(card.get("curated_only").getAsBoolean() ? ", curated documents only, " : ", ").append(set.get("tokens").getAsLong())
					.append(" tokens, ").append(set.get("annotations").getAsInt()).append(" annotations; ")
					.append(set.get("left_out_in_boilerplate").getAsInt()).append(" left out inside boilerplate.\n\n");
			JsonObject counts = set.getAsJsonObject("counts");
			md.append("| layer | value | count |\n|---|---|---|\n");
			counts(md, "entity", counts.getAsJsonObject("entity"));
			JsonObject source = counts.getAsJsonObject("source");
			counts(md, "source kind", source.getAsJsonObject("kind"));
			counts(md, "source reliability", source.getAsJsonObject("reliability"));
			counts(md, "source credibility", source.getAsJsonObject("credibility"));
			for (Map.Entry<String, JsonElement> target : counts.getAsJsonObject("stance").entrySet()) {
				counts(md, "stance " + target.getKey(), target.getValue().getAsJsonObject());
			}
			JsonObject dropped = set.getAsJsonObject("dropped");
			if (dropped.get("total").getAsInt() > 0) {
				md.append("\nDropped by the format: ").append(dropped.get("total").getAsInt()).append(' ')
						.append(text(dropped, "why")).append(".\n");
			}
		}
		md.append("\n## Files\n\nSHA-256 of each file, lower-case hex:\n\n```\n");
		card.getAsJsonObject("files").entrySet()
				.forEach(e -> md.append(e.getValue().getAsString()).append("  ").append(e.getKey()).append('\n'));
		md.append("```\n\nCheck them with `sha256sum -c` on these lines. The layout of every file is described in"
				+ " Sanad's docs/formats.md.\n");
		return md.toString();
	}

	private static void row(StringBuilder md, String name, String value) {
		md.append("| ").append(name).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
	}

	private static void counts(StringBuilder md, String layer, JsonObject counts) {
		counts.entrySet().forEach(e -> md.append("| ").append(layer).append(" | `").append(e.getKey()).append("` | ")
				.append(e.getValue().getAsInt()).append(" |\n"));
	}

	private static String text(JsonObject json, String name) {
		JsonElement value = json.get(name);
		return value == null || value.isJsonNull() ? "" : value.getAsString();
	}
}
