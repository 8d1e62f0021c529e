package org.sanad.store.h2.internal;

import org.sanad.model.Annotation;
import org.sanad.model.EntityMention;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.TextSpan;
import org.sanad.model.schema.Layers;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** An annotation as the audit keeps it: one JSON object, offsets in UTF-16 code units. */
final class AnnotationJson {

	private AnnotationJson() {
	}

	static String kind(Annotation annotation) {
		if (annotation instanceof EntityMention) {
			return Layers.ENTITY;
		}
		if (annotation instanceof Stance) {
			return Layers.STANCE;
		}
		if (annotation instanceof SourceAttribution) {
			return Layers.SOURCE;
		}
		throw new IllegalArgumentException("Unknown annotation kind " + annotation.eClass().getName());
	}

	static String of(Annotation annotation) {
		JsonObject json = new JsonObject();
		json.addProperty("id", annotation.getId());
		json.addProperty("kind", kind(annotation));
		switch (annotation) {
		case EntityMention m -> {
			span(json, m);
			json.addProperty("label", m.getLabel());
		}
		case Stance s -> {
			if (s.getEvidence() != null) {
				span(json, s.getEvidence());
			}
			json.addProperty("target", s.getTarget());
			json.addProperty("polarity", s.isSetPolarity() ? s.getPolarity().getLiteral() : null);
			json.addProperty("holder", s.getHolder() == null ? null : s.getHolder().getId());
		}
		case SourceAttribution a -> {
			span(json, a);
			json.addProperty("sourceKind", a.getKind());
			json.addProperty("reliability", a.getReliability().getLiteral());
			json.addProperty("credibility", a.getCredibility().getLiteral());
			json.addProperty("source", a.getSourceId());
			JsonArray claims = new JsonArray();
			for (TextSpan claim : a.getClaims()) {
				JsonObject c = new JsonObject();
				span(c, claim);
				claims.add(c);
			}
			json.add("claims", claims);
		}
		default -> throw new IllegalArgumentException("Unknown annotation kind " + annotation.eClass().getName());
		}
		if (annotation.getNote() != null) {
			json.addProperty("note", annotation.getNote());
		}
		return json.toString();
	}

	private static void span(JsonObject json, TextSpan span) {
		json.addProperty("begin", span.getBegin());
		json.addProperty("end", span.getEnd());
	}
}
