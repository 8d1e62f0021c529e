package org.sanad.exchange.internal;

import java.io.IOException;
import java.io.Writer;

import org.sanad.exchange.ExportedDocument;
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.Credibility;
import org.sanad.model.EntityMention;
import org.sanad.model.Reliability;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.TextSpan;

import com.google.gson.stream.JsonWriter;

/**
 * Writes one document as one line of Sanad JSONL (docs/formats.md): keys in a fixed order, every
 * span with the text it covers, offsets in the export's unit.
 */
final class Jsonl {

	private Jsonl() {
	}

	/** @return "A".."F", or {@code null} when unrated */
	static String reliability(SourceAttribution source) {
		Reliability r = source.getReliability();
		return r == null || r == Reliability.UNRATED ? null : r.getLiteral();
	}

	/** @return "1".."6", or {@code null} when unrated */
	static String credibility(SourceAttribution source) {
		Credibility c = source.getCredibility();
		return c == null || c == Credibility.UNRATED ? null : c.getLiteral();
	}

	static void write(ExportedDocument d, boolean withText, Writer out) throws IOException {
		JsonWriter json = new JsonWriter(out);
		json.setSerializeNulls(true);
		json.setHtmlSafe(false);
		json.beginObject();
		json.name("id").value(d.document().getId());
		json.name("title").value(d.document().getTitle());
		json.name("text").value(withText ? d.document().getText() : null);
		json.name("checksum").value(d.document().getChecksum());
		if (!withText) {
			json.name("origin").value(d.document().getOrigin());
		}
		json.name("annotator").value(d.annotator());
		json.name("offsets").value(d.unit().id());
		json.name("entities").beginArray();
		for (EntityMention m : d.entities()) {
			json.beginObject();
			json.name("id").value(m.getId());
			span(json, d, m, withText);
			json.name("label").value(m.getLabel());
			json.endObject();
		}
		json.endArray();
		json.name("sources").beginArray();
		for (SourceAttribution s : d.sources()) {
			json.beginObject();
			json.name("id").value(s.getId());
			span(json, d, s, withText);
			json.name("kind").value(s.getKind());
			json.name("reliability").value(reliability(s));
			json.name("credibility").value(credibility(s));
			json.name("registry").value(d.registryName(s));
			json.name("claims").beginArray();
			for (TextSpan claim : s.getClaims()) {
				json.beginObject();
				span(json, d, claim, withText);
				json.endObject();
			}
			json.endArray();
			json.endObject();
		}
		json.endArray();
		json.name("stances").beginArray();
		for (Stance s : d.stances()) {
			json.beginObject();
			json.name("id").value(s.getId());
			json.name("target").value(s.getTarget());
			json.name("polarity").value(s.isSetPolarity() ? s.getPolarity().getLiteral() : null);
			json.name("holder").value(s.getHolder() != null && d.entities().contains(s.getHolder()) ? s.getHolder().getId() : null);
			if (s.getEvidence() == null) {
				json.name("begin").nullValue();
				json.name("end").nullValue();
				json.name("text").nullValue();
			} else {
				span(json, d, s.getEvidence(), withText);
			}
			json.endObject();
		}
		json.endArray();
		json.name("boilerplate").beginArray();
		for (BoilerplateRegion r : d.document().getBoilerplate()) {
			json.beginObject();
			json.name("begin").value(d.offset(r.getBegin()));
			json.name("end").value(d.offset(r.getEnd()));
			json.endObject();
		}
		json.endArray();
		json.endObject();
		json.flush();
		out.write('\n');
	}

	private static void span(JsonWriter json, ExportedDocument d, TextSpan span, boolean withText) throws IOException {
		json.name("begin").value(d.offset(span.getBegin()));
		json.name("end").value(d.offset(span.getEnd()));
		json.name("text").value(withText ? d.covered(span.getBegin(), span.getEnd()) : null);
	}
}
