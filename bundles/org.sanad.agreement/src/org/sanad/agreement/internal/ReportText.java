package org.sanad.agreement.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.sanad.agreement.AgreementReport;
import org.sanad.agreement.Figure;

/**
 * {@code sanad agreement} without --json: the figures over all annotators, per label, then each
 * pairwise measure as an annotator matrix.
 */
final class ReportText {

	private ReportText() {
	}

	static void print(AgreementReport report, PrintStream out) {
		out.printf("Agreement in '%s': %s on %d document%s annotated by two or more of them%n", report.project(),
				String.join(", ", report.annotators()), report.documents(), report.documents() == 1 ? "" : "s");
		String layer = null;
		for (Figure f : report.figures()) {
			if (f.pairwise() || f.label() != null) {
				continue;
			}
			if (!f.layer().equals(layer)) {
				layer = f.layer();
				out.printf("%n%s%n", layer);
			}
			out.println(line(f, f.feature()));
		}
		List<Figure> labels = report.figures().stream().filter(f -> f.label() != null).toList();
		if (!labels.isEmpty()) {
			out.printf("%nper label%n");
			labels.forEach(f -> out.println(line(f, f.layer() + " " + f.label())));
		}
		Map<String, List<Figure>> matrices = new LinkedHashMap<>();
		report.figures().stream().filter(Figure::pairwise).forEach(f -> matrices
				.computeIfAbsent(f.layer() + " " + f.feature() + ": " + how(f), k -> new ArrayList<>()).add(f));
		if (!matrices.isEmpty()) {
			out.printf("%npairs (units in brackets)%n");
			matrices.forEach((title, figures) -> matrix(out, title, report.annotators(), figures));
		}
	}

	/** One pairwise measure as an annotator × annotator matrix. */
	private static void matrix(PrintStream out, String title, List<String> annotators, List<Figure> figures) {
		int width = Math.max(14, annotators.stream().mapToInt(String::length).max().orElse(0) + 2);
		out.printf("%n  %s%n  %-" + width + "s", title, "");
		annotators.forEach(a -> out.printf("%-" + width + "s", a));
		out.println();
		for (String row : annotators) {
			out.printf("  %-" + width + "s", row);
			for (String column : annotators) {
				String cell = row.equals(column) ? "-"
						: figures.stream().filter(f -> f.annotators().equals(row + "|" + column)
								|| f.annotators().equals(column + "|" + row)).findFirst()
								.map(f -> (f.defined() ? String.format(Locale.ROOT, "%.3f", f.value()) : "undefined")
										+ " (" + f.units() + ")")
								.orElse("");
				out.printf("%-" + width + "s", cell);
			}
			out.println();
		}
	}

	private static String how(Figure f) {
		return f.measure() + " " + f.metric()
				+ (f.alignment() != null && !f.alignment().equals("exact") ? " (" + f.alignment() + ")" : "");
	}

	static String line(Figure f, String what) {
		String how = how(f);
		String value = f.defined() ? String.format(Locale.ROOT, "%.3f", f.value()) : f.note();
		String ci = f.interval() == null ? ""
				: String.format(Locale.ROOT, " [%.3f, %.3f] P(<0.667)=%.3f P(<0.8)=%.3f", f.interval().low(),
						f.interval().high(), f.interval().belowAcceptable(), f.interval().belowReliable());
		return String.format(Locale.ROOT, "  %-28s %-38s %s%s  (%d units, %d incomplete)", what, how, value, ci,
				f.units(), f.incomplete());
	}
}
