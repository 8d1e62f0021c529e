package org.sanad.agreement.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.agreement.AgreementLayer;
import org.sanad.agreement.AgreementOptions;
import org.sanad.agreement.AgreementReport;
import org.sanad.agreement.Confusion;
import org.sanad.agreement.Figure;
import org.sanad.model.Annotation;
import org.sanad.model.Credibility;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Project;
import org.sanad.model.Reliability;
import org.sanad.model.SanadFactory;
import org.sanad.model.SetStatus;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.AnnotationChange;
import org.sanad.store.CorpusStore;
import org.sanad.store.h2.internal.H2StoreProvider;

/** Agreement of annotators' sets written through the store API into a real H2 store. */
class AgreementServiceTest {

	private static final SanadFactory F = SanadFactory.eINSTANCE;
	private static final String TEXT = "قال المتحدث باسم البنتاغون باتريك رايدر إن القوات باقية في عين الأسد.\n"
			+ "وأضاف مسؤول عراقي أن بغداد لم تقرر بعد.\n";

	@TempDir
	Path data;

	private CorpusStore store;
	private Project project;
	private int ids;

	@BeforeEach
	void open() {
		store = new H2StoreProvider().open(data);
		project = store.createProject("agree", "", DefaultSchema.create());
	}

	@AfterEach
	void close() throws Exception {
		store.close();
	}

	private Document document(String text) {
		Document d = F.createDocument();
		d.setTitle("d" + (ids++));
		d.setOrigin(d.getTitle() + ".txt");
		d.setText(text + ids); // the store keeps one copy of a text; annotations stay inside TEXT
		store.addDocuments(project.getId(), List.of(d));
		return d;
	}

	private EntityMention entity(String covered, String label) {
		EntityMention m = F.createEntityMention();
		m.setId("e" + (ids++));
		m.setBegin(TEXT.indexOf(covered));
		m.setEnd(TEXT.indexOf(covered) + covered.length());
		m.setLabel(label);
		return m;
	}

	private SourceAttribution source(String covered, Reliability r, Credibility c, String kind) {
		SourceAttribution s = F.createSourceAttribution();
		s.setId("s" + (ids++));
		s.setBegin(TEXT.indexOf(covered));
		s.setEnd(TEXT.indexOf(covered) + covered.length());
		s.setReliability(r);
		s.setCredibility(c);
		s.setKind(kind);
		return s;
	}

	private Stance stance(String target, Polarity polarity, EntityMention holder) {
		Stance s = F.createStance();
		s.setId("t" + (ids++));
		s.setTarget(target);
		s.setPolarity(polarity);
		s.setHolder(holder);
		return s;
	}

	private void annotate(Document d, String owner, SetStatus status, Annotation... annotations) {
		store.apply(new AnnotationChange(d.getId(), owner, owner, 0, List.of(annotations), List.of(), List.of(),
				status));
	}

	private AgreementReport run(AgreementOptions options) {
		return new Calculator().compute(store, project.getId(), options, new NullProgressMonitor());
	}

	private static Figure figure(AgreementReport report, String layer, String feature, String measure, String metric) {
		return report.figure(layer, feature, measure, metric).orElseThrow(
				() -> new AssertionError("no " + layer + "/" + feature + "/" + measure + "/" + metric));
	}

	@Test
	void entityLabelsOnIdenticalSpansMatchTheOracleAndSpansCountApart() {
		Document d = document(TEXT);
		annotate(d, "ann", null, entity("باتريك رايدر", "PER"), entity("البنتاغون", "ORG"),
				entity("عين الأسد", "FAC"), entity("بغداد", "GPE"));
		annotate(d, "bob", null, entity("باتريك رايدر", "PER"), entity("البنتاغون", "FAC"),
				entity("عين الأسد", "FAC"), entity("رايدر", "PER"));
		annotate(d, "cat", null, entity("باتريك رايدر", "PER"), entity("البنتاغون", "ORG"),
				entity("عين الأسد", "GPE"), entity("بغداد", "GPE"));
		AgreementReport report = run(AgreementOptions.all().withLayer(AgreementLayer.ENTITY));
		assertEquals(List.of("ann", "bob", "cat"), report.annotators());
		assertEquals(1, report.documents());

		Figure alpha = figure(report, "entity", "label", "krippendorff-alpha", "nominal");
		// Units: four spans placed identically by two or more; "رايدر" by bob alone is left out.
		assertEquals(4, alpha.units());
		assertEquals(1, alpha.incomplete());
		CodingAnnotationStudy study = new CodingAnnotationStudy(3);
		study.addItem("PER", "PER", "PER");
		study.addItem("ORG", "FAC", "ORG");
		study.addItem("FAC", "FAC", "GPE");
		study.addItem("GPE", null, "GPE");
		assertEquals(new KrippendorffAlphaAgreement(study, new NominalDistanceFunction()).calculateAgreement(),
				alpha.value(), 1e-9);

		Figure annBob = report.figures().stream().filter(f -> "ann|bob".equals(f.annotators())
				&& f.feature().equals("span") && f.metric().equals("exact")).findFirst().orElseThrow();
		assertEquals(2.0 * 3 / 8, annBob.value(), 1e-12, "3 of 4 spans placed alike by ann and bob");
		Figure overlap = report.figures().stream().filter(f -> "ann|bob".equals(f.annotators())
				&& f.feature().equals("span") && f.metric().equals("overlap")).findFirst().orElseThrow();
		// recall 3/4 (ann's بغداد meets nothing of bob's), precision 4/4 (bob's رايدر overlaps ann's باتريك رايدر)
		assertEquals(2 * 0.75 / 1.75, overlap.value(), 1e-12);

		Confusion labels = report.confusions().get(0);
		assertEquals("label", labels.feature());
		assertTrue(labels.documents("ORG", "FAC").contains(d.getId()));
		assertTrue(report.disagreeing().get("ann|bob").contains(d.getId()));
		assertTrue(report.figures().stream().anyMatch(f -> "PER".equals(f.label()) && f.measure().equals("u-alpha")));
	}

	@Test
	void ratingsAreOrdinalAndFAnd6AndUnratedAreMissingNotGrades() {
		Document d = document(TEXT);
		String a = "المتحدث باسم البنتاغون";
		String b = "مسؤول عراقي";
		annotate(d, "ann", null, source(a, Reliability.A, Credibility.CONFIRMED, "named-official"),
				source(b, Reliability.C, Credibility.CANNOT_BE_JUDGED, "anonymous-official"));
		annotate(d, "bob", null, source(a, Reliability.B, Credibility.PROBABLY_TRUE, "named-official"),
				source(b, Reliability.F, Credibility.POSSIBLY_TRUE, "anonymous-official"));
		annotate(d, "cat", null, source(a, Reliability.A, Credibility.UNRATED, "named-official"),
				source(b, Reliability.E, Credibility.POSSIBLY_TRUE, "named-official"));
		Document e = document(TEXT);
		annotate(e, "ann", null, source(a, Reliability.D, Credibility.DOUBTFUL, "named-official"));
		annotate(e, "bob", null, source(a, Reliability.D, Credibility.IMPROBABLE, "named-official"));
		AgreementReport report = run(AgreementOptions.all().withLayer(AgreementLayer.SOURCE));

		CodingAnnotationStudy reliability = new CodingAnnotationStudy(3);
		reliability.addItem(1, 2, 1);
		reliability.addItem(3, null, 5);
		reliability.addItem(4, 4, null);
		Figure ordinal = figure(report, "source", "reliability", "krippendorff-alpha", "ordinal");
		assertEquals(new KrippendorffAlphaAgreement(reliability, new OrdinalDistanceFunction()).calculateAgreement(),
				ordinal.value(), 1e-9);
		assertEquals(3, ordinal.units());
		Figure nominal = figure(report, "source", "reliability", "krippendorff-alpha", "nominal");
		assertEquals(new KrippendorffAlphaAgreement(reliability, new NominalDistanceFunction()).calculateAgreement(),
				nominal.value(), 1e-9);

		CodingAnnotationStudy credibility = new CodingAnnotationStudy(3);
		credibility.addItem(1, 2, null);
		credibility.addItem(null, 3, 3);
		credibility.addItem(4, 5, null);
		assertEquals(new KrippendorffAlphaAgreement(credibility, new OrdinalDistanceFunction()).calculateAgreement(),
				figure(report, "source", "credibility", "krippendorff-alpha", "ordinal").value(), 1e-9);
		assertTrue(report.figures().stream().anyMatch(f -> f.layer().equals("source") && f.feature().equals("kind")
				&& "overlap".equals(f.alignment())), "overlap-aligned figures are reported apart");
	}

	@Test
	void overlapAlignmentPairsSourcesWhoseSpansDiffer() {
		Document d = document(TEXT);
		annotate(d, "ann", null, source("المتحدث باسم البنتاغون", Reliability.B, Credibility.CONFIRMED, "named-official"));
		annotate(d, "bob", null, source("المتحدث باسم البنتاغون باتريك رايدر", Reliability.B, Credibility.CONFIRMED,
				"named-official"));
		AgreementReport report = run(AgreementOptions.all().withLayer(AgreementLayer.SOURCE));
		Figure exact = figure(report, "source", "reliability", "percentage", "nominal");
		assertEquals(0, exact.units());
		assertEquals(2, exact.incomplete());
		Figure overlap = report.figures().stream().filter(f -> f.feature().equals("reliability")
				&& f.measure().equals("percentage") && "overlap".equals(f.alignment()) && !f.pairwise()).findFirst()
				.orElseThrow();
		assertEquals(1, overlap.units());
		assertEquals(1.0, overlap.value());
	}

	@Test
	void noVariationIsReportedAsUndefined() {
		Document d = document(TEXT);
		annotate(d, "ann", null, entity("بغداد", "GPE"), entity("عين الأسد", "GPE"));
		annotate(d, "bob", null, entity("بغداد", "GPE"), entity("عين الأسد", "GPE"));
		Figure alpha = figure(run(AgreementOptions.all()), "entity", "label", "krippendorff-alpha", "nominal");
		assertFalse(alpha.defined());
		assertEquals("undefined: no variation", alpha.note());
		assertTrue(Double.isNaN(alpha.value()));
	}

	@Test
	void documentLevelStancePolarityAndHolder() {
		Document d = document(TEXT);
		EntityMention ryderA = entity("باتريك رايدر", "PER");
		EntityMention ryderB = entity("باتريك رايدر", "PER");
		EntityMention ryderC = entity("باتريك رايدر", "PER");
		annotate(d, "ann", null, ryderA, stance("us-presence-iraq", Polarity.FAVOR, ryderA),
				stance("coalition-mission-end", Polarity.AGAINST, null));
		annotate(d, "bob", null, ryderB, stance("us-presence-iraq", Polarity.NEUTRAL, ryderB),
				stance("coalition-mission-end", Polarity.AGAINST, null));
		annotate(d, "cat", null, ryderC, stance("us-presence-iraq", Polarity.FAVOR, null));
		AgreementReport report = run(AgreementOptions.all().withLayer(AgreementLayer.STANCE));
		CodingAnnotationStudy study = new CodingAnnotationStudy(3);
		study.addItem(3, 2, 3);
		study.addItem(1, 1, null);
		assertEquals(new KrippendorffAlphaAgreement(study, new OrdinalDistanceFunction()).calculateAgreement(),
				figure(report, "stance", "polarity", "krippendorff-alpha", "ordinal").value(), 1e-9);
		Figure holder = figure(report, "stance", "holder", "percentage", "nominal");
		// Pairs weighted by 1/(m-1), as in alpha's observed agreement. us-presence-iraq: ryder, ryder,
		// none -> 2·1/2 = 1 of 3 values; coalition-mission-end: none, none -> 2·1/1 = 2 of 2.
		assertEquals((1.0 + 2.0) / (3 + 2), holder.value(), 1e-12);
	}

	@Test
	void finishedOnlyLeavesOutSetsInProgress() {
		Document d = document(TEXT);
		annotate(d, "ann", SetStatus.FINISHED, entity("بغداد", "GPE"));
		annotate(d, "bob", SetStatus.IN_PROGRESS, entity("بغداد", "LOC"));
		annotate(d, "cat", SetStatus.FINISHED, entity("بغداد", "GPE"), entity("عين الأسد", "FAC"));
		assertEquals(3, figure(run(AgreementOptions.all()), "entity", "label", "percentage", "nominal").units() + 2);
		AgreementReport finished = run(AgreementOptions.all().withFinishedOnly(true));
		Figure percentage = figure(finished, "entity", "label", "percentage", "nominal");
		assertEquals(1.0, percentage.value(), "bob's LOC is in a set in progress");
	}

	@Test
	void boilerplateIsCutOutOfTheContinuum() {
		Document d = F.createDocument();
		d.setTitle("bp");
		d.setOrigin("bp.txt");
		d.setText(TEXT);
		var region = F.createBoilerplateRegion();
		region.setBegin(0);
		region.setEnd(TEXT.indexOf("باتريك"));
		region.setRule("phrase");
		d.getBoilerplate().add(region);
		store.addDocuments(project.getId(), List.of(d));
		annotate(d, "ann", null, entity("البنتاغون", "ORG"), entity("بغداد", "GPE"));
		annotate(d, "bob", null, entity("البنتاغون", "FAC"), entity("بغداد", "GPE"));
		Figure u = report(run(AgreementOptions.all())).stream().filter(f -> f.measure().equals("u-alpha")
				&& f.label() == null).findFirst().orElseThrow();
		assertEquals(2, u.units(), "the two spans of بغداد");
		assertEquals(2, u.incomplete(), "the two spans inside boilerplate");
		assertEquals(1.0, u.value(), 1e-12);
	}

	private static List<Figure> report(AgreementReport report) {
		return new ArrayList<>(report.figures());
	}

	@Test
	void unknownOrTooFewAnnotatorsAreNamedInTheError() {
		Document d = document(TEXT);
		annotate(d, "ann", null, entity("بغداد", "GPE"));
		IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
				() -> run(AgreementOptions.all()));
		assertTrue(one.getMessage().contains("two annotators or more") && one.getMessage().contains("ann"),
				one.getMessage());
		annotate(d, "bob", null, entity("بغداد", "GPE"));
		IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
				() -> run(AgreementOptions.all().withAnnotators(List.of("ann", "zed"))));
		assertTrue(unknown.getMessage().contains("'zed'"), unknown.getMessage());
	}

	@Test
	void aCanceledRunStops() {
		Document d = document(TEXT);
		annotate(d, "ann", null, entity("بغداد", "GPE"));
		annotate(d, "bob", null, entity("بغداد", "GPE"));
		NullProgressMonitor canceled = new NullProgressMonitor();
		canceled.setCanceled(true);
		assertThrows(OperationCanceledException.class,
				() -> new Calculator().compute(store, project.getId(), AgreementOptions.all(), canceled));
	}

	/** A plugin's measure: the share of compared documents in which every annotator labelled as many entities. */
	private static final class SameEntityCount implements org.sanad.agreement.AgreementMeasure {

		final List<String> seen = new ArrayList<>();

		@Override
		public String name() {
			return "same-entity-count";
		}

		@Override
		public Tally start(org.sanad.model.LabelSchema schema, List<String> annotators) {
			seen.add(String.join(",", annotators));
			return new Tally() {
				int documents;
				int same;

				@Override
				public void document(String documentId, List<org.sanad.model.AnnotationSet> sets) {
					documents++;
					same += sets.stream().map(set -> set == null ? -1
							: set.getAnnotations().stream().filter(a -> a instanceof EntityMention).count())
							.distinct().count() == 1 ? 1 : 0;
					seen.add(documentId + ":" + sets.size());
				}

				@Override
				public List<Figure> figures() {
					return List.of(new Figure("entity", "count", name(), "share", "document", null, null,
							(double) same / documents, null, documents, 0, null));
				}
			};
		}
	}

	@Test
	void aPluginsMeasureGetsTheComparedDocumentsAndItsFiguresJoinTheReportAndOneThatFailsIsNamed() {
		Document first = document(TEXT);
		annotate(first, "ann", null, entity("البنتاغون", "ORG"), entity("بغداد", "GPE"));
		annotate(first, "bob", null, entity("البنتاغون", "ORG"), entity("بغداد", "LOC"));
		Document second = document(TEXT);
		annotate(second, "ann", null, entity("البنتاغون", "ORG"));
		annotate(second, "bob", null, entity("البنتاغون", "ORG"), entity("بغداد", "GPE"));
		Document alone = document(TEXT);
		annotate(alone, "ann", null, entity("بغداد", "GPE"));

		Calculator calculator = new Calculator();
		SameEntityCount measure = new SameEntityCount();
		calculator.addMeasure(measure);
		calculator.addMeasure(new org.sanad.agreement.AgreementMeasure() {
			@Override
			public String name() {
				return "broken";
			}

			@Override
			public Tally start(org.sanad.model.LabelSchema schema, List<String> annotators) {
				throw new IllegalStateException("no word list");
			}
		});
		AgreementReport report = calculator.compute(store, project.getId(),
				AgreementOptions.all().withLayer(AgreementLayer.ENTITY), new NullProgressMonitor());

		Figure same = report.figures().stream().filter(f -> f.measure().equals("same-entity-count")).findFirst()
				.orElseThrow(() -> new AssertionError("the plugin's figure is not in the report: " + report.figures()));
		assertEquals(2, same.units(), "the two documents both annotators annotated, not the third");
		assertEquals(0.5, same.value(), 1e-12);
		assertEquals("ann,bob", measure.seen.get(0), "the annotators, in the order of the sets");
		assertTrue(measure.seen.stream().skip(1).allMatch(s -> s.endsWith(":2")), measure.seen.toString());
		Figure broken = report.figures().stream().filter(f -> f.measure().equals("broken")).findFirst().orElseThrow();
		assertFalse(broken.defined());
		assertEquals("the measure failed: no word list", broken.note());
		assertTrue(report.figure("entity", "label", "krippendorff-alpha", "nominal").isPresent(),
				"Sanad's own figures are still there");
	}
}
