package org.sanad.agreement.internal;

import java.io.IOException;
import java.io.Writer;

import org.sanad.agreement.AgreementReport;
import org.sanad.agreement.Confusion;
import org.sanad.agreement.Figure;

import com.google.gson.stream.JsonWriter;

/**
 * {@code sanad agreement --json}: the report as one JSON object. Every figure names its layer,
 * feature, measure and metric; an undefined value is {@code null} with the reason in {@code note}.
 * Scripts read these names: keep them.
 */
final class ReportJson {

	private ReportJson() {
	}

	static void write(AgreementReport report, Writer out) throws IOException {
		JsonWriter json = new JsonWriter(out);
		json.setIndent("  ");
		json.beginObject();
		json.name("project").value(report.project());
		json.name("annotators").beginArray();
		for (String annotator : report.annotators()) {
			json.value(annotator);
		}
		json.endArray();
		json.name("documents").value(report.documents());
		json.name("figures").beginArray();
		for (Figure figure : report.figures()) {
			figure(json, figure);
		}
		json.endArray();
		json.name("confusions").beginArray();
		for (Confusion confusion : report.confusions()) {
			confusion(json, confusion);
		}
		json.endArray();
		json.endObject();
		json.flush();
		out.write('\n');
		out.flush();
	}

	private static void figure(JsonWriter json, Figure f) throws IOException {
		json.beginObject();
		json.name("layer").value(f.layer());
		json.name("feature").value(f.feature());
		json.name("measure").value(f.measure());
		json.name("metric").value(f.metric());
		json.name("alignment").value(f.alignment());
		json.name("label").value(f.label());
		json.name("annotators").value(f.annotators());
		json.name("value");
		number(json, f.value());
		json.name("note").value(f.note());
		json.name("units").value(f.units());
		json.name("incomplete").value(f.incomplete());
		Figure.Interval ci = f.interval();
		json.name("ci_low");
		number(json, ci == null ? Double.NaN : ci.low());
		json.name("ci_high");
		number(json, ci == null ? Double.NaN : ci.high());
		json.name("p_below_0667");
		number(json, ci == null ? Double.NaN : ci.belowAcceptable());
		json.name("p_below_08");
		number(json, ci == null ? Double.NaN : ci.belowReliable());
		json.name("samples").value(ci == null ? 0 : ci.samples());
		json.endObject();
	}

	private static void number(JsonWriter json, double value) throws IOException {
		if (Double.isNaN(value)) {
			json.nullValue();
		} else {
			json.value(value);
		}
	}

	private static void confusion(JsonWriter json, Confusion c) throws IOException {
		json.beginObject();
		json.name("layer").value(c.layer());
		json.name("feature").value(c.feature());
		json.name("categories").beginArray();
		for (String category : c.categories()) {
			json.value(category);
		}
		json.endArray();
		json.name("counts").beginArray();
		for (double[] row : c.counts()) {
			json.beginArray();
			for (double count : row) {
				json.value(count);
			}
			json.endArray();
		}
		json.endArray();
		json.endObject();
	}
}
