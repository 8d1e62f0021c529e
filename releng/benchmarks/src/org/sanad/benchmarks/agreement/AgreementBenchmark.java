package org.sanad.benchmarks.agreement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.sanad.agreement.AgreementOptions;
import org.sanad.agreement.AgreementReport;
import org.sanad.agreement.Figure;
import org.sanad.agreement.internal.AgreementRun;
import org.sanad.agreement.internal.DocumentSets;
import org.sanad.model.AnnotationSet;
import org.sanad.model.Credibility;
import org.sanad.model.EntityMention;
import org.sanad.model.LabelSchema;
import org.sanad.model.Polarity;
import org.sanad.model.Reliability;
import org.sanad.model.SanadFactory;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.schema.DefaultSchema;

/**
 * Agreement benchmark: N documents × 3 annotators × about 50 annotations (35 entities, 10 rated
 * sources, 5 document-level stances), generated with disagreements, fed to the agreement run a
 * page at a time. Times only the run (adding documents, computing figures), not the generation;
 * then dkpro-statistics-agreement on the first M documents' entity-label and reliability units. A
 * warm-up run on up to 20,000 documents comes first, so that the figures are of compiled code.
 * Arguments: N, M, bootstrap samples.
 */
public final class AgreementBenchmark {

	private static final SanadFactory F = SanadFactory.eINSTANCE;
	private static final String[] LABELS = { "PER", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "DATE", "QUANTITY" };
	private static final String[] TARGETS = { "us-presence-iraq", "coalition-mission-end", "t3", "t4", "t5" };
	private static final List<String> ANNOTATORS = List.of("ann", "bob", "cat");
	private static final int LENGTH = 1600;
	private static final int PAGE = 250;

	private AgreementBenchmark() {
	}

	public static void main(String[] args) {
		int n = Integer.parseInt(args[0]);
		int subset = Math.min(n, Integer.parseInt(args[1]));
		int samples = Integer.parseInt(args[2]);
		LabelSchema schema = DefaultSchema.create();
		System.out.printf(Locale.ROOT, "Agreement over %,d documents x %d annotators, ~50 annotations each%n", n,
				ANNOTATORS.size());
		run(schema, Math.min(n, 20_000), AgreementOptions.all().withBootstrap(50, 1)); // warm-up, not reported
		Timed points = run(schema, n, AgreementOptions.all());
		System.out.printf(Locale.ROOT, "point estimates: add %.2f s + figures %.2f s = %.2f s (%d figures)%n",
				points.add, points.finish, points.add + points.finish, points.report.figures().size());
		Timed boot = run(schema, n, AgreementOptions.all().withBootstrap(samples, 7));
		System.out.printf(Locale.ROOT, "with %d bootstrap samples: add %.2f s + figures %.2f s = %.2f s%n", samples,
				boot.add, boot.finish, boot.add + boot.finish);
		Figure alpha = boot.report.figure("source", "reliability", "krippendorff-alpha", "ordinal").orElseThrow();
		if (alpha.interval() != null) {
			System.out.printf(Locale.ROOT, "  source reliability ordinal alpha %.4f [%.4f, %.4f] on %,d units%n",
					alpha.value(), alpha.interval().low(), alpha.interval().high(), alpha.units());
		}

		Timed mine = run(schema, subset, AgreementOptions.all());
		long started = System.nanoTime();
		double[] dkpro = dkpro(subset);
		double dkproSeconds = (System.nanoTime() - started) / 1e9;
		double label = mine.report.figure("entity", "label", "krippendorff-alpha", "nominal").orElseThrow().value();
		double reliability = mine.report.figure("source", "reliability", "krippendorff-alpha", "ordinal")
				.orElseThrow().value();
		System.out.printf(Locale.ROOT, "dkpro-statistics-agreement on %,d documents: %.2f s (entity label nominal"
				+ " alpha %.9f vs Sanad %.9f; reliability ordinal %.9f vs %.9f); Sanad on the same: %.2f s%n", subset,
				dkproSeconds, dkpro[0], label, dkpro[1], reliability, mine.add + mine.finish);
		System.out.printf(Locale.ROOT, "| %,d | %.2f s | %.2f s | %,d | %.2f s | %.2f s |%n", n,
				points.add + points.finish, boot.add + boot.finish, subset, mine.add + mine.finish, dkproSeconds);
	}

	private record Timed(double add, double finish, AgreementReport report) {
	}

	private static Timed run(LabelSchema schema, int n, AgreementOptions options) {
		AgreementRun run = new AgreementRun("bench", schema, ANNOTATORS, options);
		long adding = 0;
		for (int from = 0; from < n; from += PAGE) {
			List<DocumentSets> page = new ArrayList<>();
			for (int d = from; d < Math.min(n, from + PAGE); d++) {
				page.add(document(d));
			}
			long started = System.nanoTime();
			page.forEach(run::add);
			adding += System.nanoTime() - started;
		}
		long started = System.nanoTime();
		AgreementReport report = run.finish(() -> false);
		return new Timed(adding / 1e9, (System.nanoTime() - started) / 1e9, report);
	}

	/** Document {@code d}: the same for every call, from its own seed. */
	private static DocumentSets document(int d) {
		Random truth = new Random(d * 31L + 1);
		AnnotationSet[] sets = new AnnotationSet[ANNOTATORS.size()];
		for (int a = 0; a < sets.length; a++) {
			sets[a] = F.createAnnotationSet();
			sets[a].setId("s" + d + "-" + a);
		}
		Random[] coders = { new Random(d * 7L + 11), new Random(d * 7L + 12), new Random(d * 7L + 13) };
		Map<Integer, EntityMention[]> holders = new HashMap<>();
		for (int e = 0; e < 35; e++) {
			int begin = e * 44 + truth.nextInt(10);
			int end = begin + 4 + truth.nextInt(12);
			String label = LABELS[truth.nextInt(LABELS.length)];
			EntityMention[] mine = new EntityMention[sets.length];
			for (int a = 0; a < sets.length; a++) {
				Random r = coders[a];
				if (r.nextDouble() < 0.92) {
					EntityMention m = F.createEntityMention();
					m.setId("e" + d + "-" + a + "-" + e);
					m.setBegin(begin);
					m.setEnd(r.nextDouble() < 0.08 ? end + r.nextInt(3) - 1 : end);
					m.setLabel(r.nextDouble() < 0.85 ? label : LABELS[r.nextInt(LABELS.length)]);
					sets[a].getAnnotations().add(m);
					mine[a] = m;
				}
			}
			holders.put(e, mine);
		}
		for (int s = 0; s < 10; s++) {
			int begin = s * 150 + 20 + truth.nextInt(20);
			int end = begin + 20 + truth.nextInt(20);
			int reliability = 1 + truth.nextInt(5);
			int credibility = 1 + truth.nextInt(5);
			for (int a = 0; a < sets.length; a++) {
				Random r = coders[a];
				if (r.nextDouble() < 0.9) {
					SourceAttribution source = F.createSourceAttribution();
					source.setId("s" + d + "-" + a + "-" + s);
					source.setBegin(r.nextDouble() < 0.1 ? begin + 1 : begin);
					source.setEnd(end);
					source.setKind(r.nextDouble() < 0.9 ? "named-official" : "anonymous-official");
					source.setReliability(r.nextDouble() < 0.05 ? Reliability.F
							: Reliability.get(clamp(reliability + (r.nextDouble() < 0.3 ? r.nextInt(3) - 1 : 0))));
					source.setCredibility(r.nextDouble() < 0.05 ? Credibility.CANNOT_BE_JUDGED
							: Credibility.get(clamp(credibility + (r.nextDouble() < 0.3 ? r.nextInt(3) - 1 : 0))));
					sets[a].getAnnotations().add(source);
				}
			}
		}
		for (int t = 0; t < TARGETS.length; t++) {
			int polarity = truth.nextInt(3);
			int holder = truth.nextInt(35);
			for (int a = 0; a < sets.length; a++) {
				Random r = coders[a];
				if (r.nextDouble() < 0.85) {
					Stance stance = F.createStance();
					stance.setId("t" + d + "-" + a + "-" + t);
					stance.setTarget(TARGETS[t]);
					stance.setPolarity(Polarity.get(r.nextDouble() < 0.8 ? polarity : r.nextInt(3)));
					stance.setHolder(holders.get(holder)[a]);
					sets[a].getAnnotations().add(stance);
				}
			}
		}
		return new DocumentSets("d" + d, LENGTH, List.of(new int[] { 0, 12 }), sets);
	}

	private static int clamp(int grade) {
		return Math.max(1, Math.min(5, grade));
	}

	/** The same units through dkpro-statistics-agreement: entity labels on identical spans, reliability A-E as 1-5. */
	private static double[] dkpro(int n) {
		CodingAnnotationStudy labels = new CodingAnnotationStudy(ANNOTATORS.size());
		CodingAnnotationStudy reliability = new CodingAnnotationStudy(ANNOTATORS.size());
		for (int d = 0; d < n; d++) {
			DocumentSets document = document(d);
			Map<Long, Object[]> entityUnits = new LinkedHashMap<>();
			Map<Long, Object[]> sourceUnits = new LinkedHashMap<>();
			for (int a = 0; a < ANNOTATORS.size(); a++) {
				for (var annotation : document.sets()[a].getAnnotations()) {
					if (annotation instanceof EntityMention m) {
						Object[] values = entityUnits.computeIfAbsent(key(m.getBegin(), m.getEnd()),
								k -> new Object[ANNOTATORS.size()]);
						if (values[a] == null) {
							values[a] = m.getLabel();
						}
					} else if (annotation instanceof SourceAttribution s) {
						Object[] values = sourceUnits.computeIfAbsent(key(s.getBegin(), s.getEnd()),
								k -> new Object[ANNOTATORS.size()]);
						int grade = s.getReliability().getValue();
						if (values[a] == null && grade >= 1 && grade <= 5) {
							values[a] = Integer.valueOf(grade);
						}
					}
				}
			}
			entityUnits.values().stream().filter(AgreementBenchmark::pairable).forEach(labels::addItemAsArray);
			sourceUnits.values().stream().filter(AgreementBenchmark::pairable).forEach(reliability::addItemAsArray);
		}
		return new double[] {
				new KrippendorffAlphaAgreement(labels, new NominalDistanceFunction()).calculateAgreement(),
				new KrippendorffAlphaAgreement(reliability, new OrdinalDistanceFunction()).calculateAgreement() };
	}

	private static long key(int begin, int end) {
		return (long) begin << 32 | end;
	}

	private static boolean pairable(Object[] values) {
		int n = 0;
		for (Object v : values) {
			n += v == null ? 0 : 1;
		}
		return n >= 2;
	}
}
