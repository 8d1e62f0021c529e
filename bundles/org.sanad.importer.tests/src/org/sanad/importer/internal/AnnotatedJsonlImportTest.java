package org.sanad.importer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportReport;
import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;
import org.sanad.model.Credibility;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Project;
import org.sanad.model.Reliability;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.CorpusStore;
import org.sanad.store.h2.internal.H2StoreProvider;

/** Sanad JSONL lines with annotations, imported into a real H2 store. */
class AnnotatedJsonlImportTest {

	/** "😀" before the name: code point offsets are one less than UTF-16 ones after it. */
	private static final String TEXT = "قال 😀 باتريك رايدر إن القوات باقية";

	@TempDir
	Path folder;

	private CorpusStore store;
	private Project project;
	private final DocumentImporter importer = new DocumentImporter(List.of(new JsonlFormat()));

	@BeforeEach
	void open() {
		store = new H2StoreProvider().open(folder.resolve("data"));
		project = store.createProject("P", null, DefaultSchema.create());
	}

	@AfterEach
	void close() {
		store.close();
	}

	private ImportReport run(ImportOptions options, String... lines) throws Exception {
		Path file = Files.writeString(folder.resolve("in.jsonl"), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		return importer.run(store, project, List.of(file), options, new NullProgressMonitor());
	}

	/** A line as Sanad exports it, code point offsets: the name at 6–18, the source at 0–3. */
	private static String line(String annotator, String label, String reliability) {
		return "{\"id\":\"x1\",\"title\":\"t\",\"text\":\"" + TEXT + "\",\"annotator\":"
				+ (annotator == null ? "null" : "\"" + annotator + "\"") + ",\"offsets\":\"codepoint\","
				+ "\"entities\":[{\"id\":\"e1\",\"begin\":6,\"end\":18,\"label\":\"" + label + "\",\"text\":\"باتريك رايدر\"}],"
				+ "\"sources\":[{\"id\":\"s1\",\"begin\":0,\"end\":3,\"text\":\"قال\",\"kind\":\"named-official\","
				+ "\"reliability\":" + reliability + ",\"credibility\":null,\"registry\":\"Pentagon\","
				+ "\"claims\":[{\"begin\":22,\"end\":34,\"text\":\"القوات باقية\"}]}],"
				+ "\"stances\":[{\"id\":\"st1\",\"target\":\"us-presence-iraq\",\"polarity\":\"FAVOR\",\"holder\":\"e1\","
				+ "\"begin\":null,\"end\":null,\"text\":null}],\"boilerplate\":[]}";
	}

	private AnnotationSet onlySet(String owner) {
		List<Document> documents = store.documents(project.getId(), 0, 10);
		assertEquals(1, documents.size());
		return store.annotationSet(documents.get(0).getId(), owner);
	}

	@Test
	void everyLayerArrivesWithNewIdsUtf16OffsetsHolderAndRegistry() throws Exception {
		ImportReport report = run(ImportOptions.defaults(), line("ann", "PER", "\"B\""));
		assertTrue(report.complete(), report.problems().toString());
		assertEquals(3, report.annotations());
		AnnotationSet set = onlySet("ann");
		EntityMention ryder = (EntityMention) set.getAnnotations().stream().filter(EntityMention.class::isInstance)
				.findFirst().orElseThrow();
		assertEquals("باتريك رايدر", TEXT.substring(ryder.getBegin(), ryder.getEnd()));
		assertEquals(7, ryder.getBegin(), "stored in UTF-16 units");
		assertNotEquals("e1", ryder.getId());
		Stance stance = (Stance) set.getAnnotations().stream().filter(Stance.class::isInstance).findFirst().orElseThrow();
		assertSame(ryder, stance.getHolder());
		assertEquals(Polarity.FAVOR, stance.getPolarity());
		assertNull(stance.getEvidence());
		SourceAttribution source = (SourceAttribution) set.getAnnotations().stream()
				.filter(SourceAttribution.class::isInstance).findFirst().orElseThrow();
		assertEquals(Reliability.B, source.getReliability());
		assertEquals(Credibility.UNRATED, source.getCredibility());
		assertEquals("القوات باقية", TEXT.substring(source.getClaims().get(0).getBegin(), source.getClaims().get(0).getEnd()));
		String pentagon = store.project("P").orElseThrow().getSources().get(0).getId();
		assertEquals(pentagon, source.getSourceId());
		assertEquals(0, onlySet(null).getAnnotations().size(), "nothing in gold");
		assertTrue(store.document(store.documents(project.getId(), 0, 1).get(0).getId()).orElseThrow().getBoilerplate()
				.isEmpty(), "the line's boilerplate, none, is taken as it is");
	}

	@Test
	void aTextTheProjectHoldsGetsTheAnnotationsAndTwiceIsRefusedUnlessReplacing() throws Exception {
		String plain = "{\"text\":\"" + TEXT + "\"}";
		run(ImportOptions.defaults(), plain);
		ImportReport attached = run(ImportOptions.defaults(), line(null, "PER", "\"B\""));
		assertTrue(attached.complete(), attached.problems().toString());
		assertEquals(0, attached.imported().size(), "no new document");
		assertEquals(3, onlySet(null).getAnnotations().size());

		ImportReport again = run(ImportOptions.defaults(), line(null, "ORG", "\"C\""));
		assertEquals(1, again.problems().size());
		assertTrue(again.problems().get(0).message().contains("already has 3 annotations in the gold set"),
				again.problems().toString());
		assertEquals(3, onlySet(null).getAnnotations().size(), "not doubled");
		assertEquals(1, onlySet(null).getRevision());

		ImportReport replaced = run(ImportOptions.defaults().withReplace(true), line(null, "ORG", "\"C\""));
		assertTrue(replaced.complete(), replaced.problems().toString());
		AnnotationSet set = onlySet(null);
		assertEquals(3, set.getAnnotations().size());
		assertTrue(set.getAnnotations().stream().anyMatch(a -> a instanceof EntityMention m && m.getLabel().equals("ORG")));
		assertEquals(2, set.getRevision(), "one transaction");
		assertEquals(6, store.audit(set.getDocumentId(), null).stream()
				.filter(e -> e.revision() == 2).count(), "3 deleted, 3 created, in the audit");
	}

	@Test
	void strictImportAttachesToTextsTheProjectHoldsAndStoresNothingWhenALineIsBad() throws Exception {
		run(ImportOptions.defaults(), "{\"text\":\"" + TEXT + "\"}");
		ImportReport strict = run(ImportOptions.defaults().withStrict(true), line(null, "PER", "\"B\""));
		assertTrue(strict.complete(), strict.problems().toString());
		assertEquals(3, onlySet(null).getAnnotations().size(), "a held text is no problem when it brings annotations");

		ImportReport refused = run(ImportOptions.defaults().withStrict(true), "{\"text\":\"نص جديد\"}",
				line("ann", "XYZ", "\"B\""));
		assertEquals(1, refused.problems().size(), refused.problems().toString());
		assertEquals(0, refused.imported().size());
		assertEquals(0, refused.annotations());
		assertEquals(1, store.documentCount(project.getId()), "strict: nothing of the file");
		assertEquals(0, onlySet("ann").getAnnotations().size());
	}

	@Test
	void theOptionsSetWinsOverTheLines() throws Exception {
		run(ImportOptions.defaults().withSet(ImportOptions.SetChoice.annotatorSet("carol")), line("ann", "PER", "\"B\""));
		assertEquals(3, onlySet("carol").getAnnotations().size());
		assertEquals(0, onlySet("ann").getAnnotations().size());
	}

	@Test
	void badAnnotationsAreNamedByLineAndFieldAndNothingOfTheLineIsStored() throws Exception {
		String good = line("ann", "PER", "\"B\"");
		String[] bad = {
				good.replace("\"begin\":6,\"end\":18", "\"begin\":6,\"end\":99"),
				good.replace("\"begin\":6,\"end\":18", "\"begin\":7,\"end\":19"),
				line("ann", "XYZ", "\"B\""),
				line("ann", "PER", "\"G\""),
				good.replace("\"holder\":\"e1\"", "\"holder\":\"e9\""),
				good.replace("\"offsets\":\"codepoint\"", "\"offsets\":\"bytes\"") };
		String[] expected = { "\"entities[0].end\" 99 is outside the text (34 code points)",
				"\"entities[0].text\" \"باتريك رايدر\" is not the text at 7–19 in code point offsets",
				"\"entities[0].label\" \"XYZ\" is not an entity label of the project's schema (PER, ORG",
				"\"sources[0].reliability\" is A to F or null, not \"G\"",
				"\"stances[0].holder\" \"e9\" is not the id of an entity of this line",
				"\"offsets\" is \"codepoint\" or \"utf16\", not \"bytes\"" };
		for (int i = 0; i < bad.length; i++) {
			ImportReport report = run(ImportOptions.defaults(), "{\"text\":\"نص آخر\"}", bad[i]);
			List<String> line2 = report.problems().stream().filter(p -> p.line() == 2).map(Object::toString).toList();
			assertEquals(1, line2.size(), report.problems().toString());
			String problem = line2.get(0);
			assertTrue(problem.contains("in.jsonl:2: " + expected[i]), problem);
			assertEquals(0, report.annotations());
		}
		assertEquals(1, store.documentCount(project.getId()), "only the plain line's document");
	}

	@Test
	void utf16OffsetsAreTakenWhenTheLineSaysSo() throws Exception {
		String line = line("ann", "PER", "null").replace("\"offsets\":\"codepoint\"", "\"offsets\":\"utf16\"")
				.replace("\"begin\":6,\"end\":18", "\"begin\":7,\"end\":19")
				.replace("\"begin\":22,\"end\":34", "\"begin\":23,\"end\":35");
		ImportReport report = run(ImportOptions.defaults(), line);
		assertTrue(report.complete(), report.problems().toString());
		EntityMention ryder = (EntityMention) onlySet("ann").getAnnotations().stream()
				.filter(EntityMention.class::isInstance).findFirst().orElseThrow();
		assertEquals(7, ryder.getBegin());
		assertTrue(onlySet("ann").getAnnotations().stream().map(Annotation::getId).allMatch(id -> id.length() > 3));
	}

	@Test
	void twoAnnotatorsLinesWithOneTextMakeOneDocumentWithTwoSets() throws Exception {
		ImportReport report = run(ImportOptions.defaults(), line("ann", "PER", "\"B\""), line("bob", "ORG", "\"A\""));
		assertTrue(report.complete(), report.problems().toString());
		assertEquals(1, report.imported().size());
		assertEquals(2, report.annotationSets());
		assertEquals("ORG", ((EntityMention) onlySet("bob").getAnnotations().get(0)).getLabel());
		assertEquals(List.of("ann", "bob"), store.annotators(project.getId()));
	}

	/** The annotations of a batch go to the store together; the second line for one set still sees the first's. */
	@Test
	void oneSetTwiceInOneFileIsRefusedTheSecondTimeUnlessReplacing() throws Exception {
		ImportReport report = run(ImportOptions.defaults(), line("ann", "PER", "\"B\""), line("ann", "ORG", "\"A\""));
		assertEquals(1, report.problems().size(), report.problems().toString());
		assertEquals(2, report.problems().get(0).line());
		assertTrue(report.problems().get(0).message().contains("already has 3 annotations in ann's set"),
				report.problems().toString());
		assertEquals("PER", ((EntityMention) onlySet("ann").getAnnotations().get(0)).getLabel());

		Path other = folder.resolve("other");
		store.close();
		store = new H2StoreProvider().open(other);
		project = store.createProject("P", null, DefaultSchema.create());
		ImportReport replaced = run(ImportOptions.defaults().withReplace(true), line("ann", "PER", "\"B\""),
				line("ann", "ORG", "\"A\""));
		assertTrue(replaced.complete(), replaced.problems().toString());
		assertEquals(2, replaced.annotationSets(), "written twice");
		AnnotationSet set = onlySet("ann");
		assertEquals("ORG", ((EntityMention) set.getAnnotations().stream().filter(EntityMention.class::isInstance)
				.findFirst().orElseThrow()).getLabel());
		assertEquals(2, set.getRevision());
	}
}
