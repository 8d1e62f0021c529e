package org.sanad.exchange.uima.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.ArrayFS;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.exchange.ExportOptions;
import org.sanad.exchange.SetSelection;
import org.sanad.exchange.internal.Exporter;
import org.sanad.exchange.internal.JsonlExport;
import org.sanad.exchange.text.Tokenizer;
import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportReport;
import org.sanad.importer.internal.DocumentImporter;
import org.sanad.model.Annotation;
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.Credibility;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Polarity;
import org.sanad.model.Project;
import org.sanad.model.Reliability;
import org.sanad.model.SanadFactory;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.TextSpan;
import org.sanad.model.ids.TimeOrderedIds;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.AnnotationChange;
import org.sanad.store.CorpusStore;
import org.sanad.store.h2.internal.H2StoreProvider;

/** XMI written by Sanad, read by uimaj-core's own deserializer with the exported type system, and imported back. */
class XmiTest {

	private static final SanadFactory F = SanadFactory.eINSTANCE;
	/** An emoji (two UTF-16 units), harakat, tatweel, a ZWJ sequence, Latin, digits and CRLF. */
	private static final String TEXT = "Connect with us\r\n"
			+ "قالَ المتحدثُ باسم البنتاغـــون 😀 باتريك رايدر إن 2,500 جندي 👨‍👩‍👧 باقون في عين الأسد.\r\n"
			+ "وأضاف مسؤول أمريكي أن القوات ستبقى؟\r\n";

	@TempDir
	Path data;

	@TempDir
	Path out;

	private CorpusStore store;
	private Project project;

	@BeforeEach
	void open() {
		store = new H2StoreProvider().open(data);
		project = store.createProject("X", null, DefaultSchema.create());
		Document d = F.createDocument();
		d.setTitle("tricky");
		d.setOrigin("tricky.txt");
		d.setLanguage("ar");
		d.setText(TEXT);
		BoilerplateRegion region = F.createBoilerplateRegion();
		region.setBegin(0);
		region.setEnd(15);
		region.setRule("phrase");
		d.getBoilerplate().add(region);
		store.addDocuments(project.getId(), List.of(d));
		String pentagon = store.registerSource(project.getId(), "Pentagon", "institution").getId();
		for (String owner : new String[] { null, "ann" }) {
			EntityMention ryder = entity("باتريك رايدر", "PER");
			EntityMention nested = entity("رايدر", owner == null ? "PER" : "ORG");
			SourceAttribution source = F.createSourceAttribution();
			source.setId(TimeOrderedIds.next());
			set(source, "المتحدثُ باسم البنتاغـــون 😀 باتريك رايدر");
			source.setKind("named-official");
			source.setReliability(Reliability.B);
			source.setCredibility(Credibility.UNRATED);
			source.setSourceId(pentagon);
			TextSpan claim = F.createTextSpan();
			set(claim, "2,500 جندي 👨‍👩‍👧 باقون");
			source.getClaims().add(claim);
			Stance documentLevel = F.createStance();
			documentLevel.setId(TimeOrderedIds.next());
			documentLevel.setTarget("us-presence-iraq");
			documentLevel.setPolarity(Polarity.FAVOR);
			documentLevel.setHolder(ryder);
			Stance quoted = F.createStance();
			quoted.setId(TimeOrderedIds.next());
			quoted.setTarget("coalition-mission-end");
			TextSpan evidence = F.createTextSpan();
			set(evidence, "القوات ستبقى");
			quoted.setEvidence(evidence);
			List<Annotation> all = List.of(ryder, nested, entity("عين الأسد", "FAC"), entity("2,500 جندي", "QUANTITY"),
					source, documentLevel, quoted);
			store.apply(new AnnotationChange(d.getId(), owner, "test", 0, all, List.of(), List.of(), null));
		}
		project = store.project(project.getId()).orElseThrow();
	}

	@AfterEach
	void close() {
		store.close();
	}

	private static EntityMention entity(String covered, String label) {
		EntityMention m = F.createEntityMention();
		m.setId(TimeOrderedIds.next());
		set(m, covered);
		m.setLabel(label);
		return m;
	}

	private static void set(TextSpan span, String covered) {
		span.setBegin(TEXT.indexOf(covered));
		span.setEnd(TEXT.indexOf(covered) + covered.length());
	}

	private Path export(SetSelection sets, Path directory) throws Exception {
		new Exporter(List.of(new XmiExport())).export(store, project, ExportOptions.of("xmi").withSets(sets), directory,
				new NullProgressMonitor());
		return directory;
	}

	/** Reads a file the way any UIMA user would: the exported type system, the strict deserializer. */
	private static CAS read(Path folder, Path xmi) throws Exception {
		TypeSystemDescription types = UIMAFramework.getXMLParser()
				.parseTypeSystemDescription(new XMLInputSource(folder.resolve("TypeSystem.xml").toFile()));
		CAS cas = CasCreationUtils.createCas(types, null, null);
		try (InputStream in = Files.newInputStream(xmi)) {
			XmiCasDeserializer.deserialize(in, cas, false);
		}
		return cas;
	}

	private static List<AnnotationFS> all(CAS cas, String type) {
		List<AnnotationFS> all = new ArrayList<>();
		cas.getAnnotationIndex(cas.getTypeSystem().getType(type)).forEach(all::add);
		return all;
	}

	private static String string(FeatureStructure fs, String feature) {
		return fs.getStringValue(fs.getType().getFeatureByBaseName(feature));
	}

	@Test
	void uimaReadsEveryLayerWithUtf16OffsetsOnTheText() throws Exception {
		Path folder = export(SetSelection.gold(), out);
		List<Path> files;
		try (Stream<Path> list = Files.list(folder)) {
			files = list.filter(p -> p.toString().endsWith(".xmi")).toList();
		}
		assertEquals(1, files.size());
		CAS cas = read(folder, files.get(0));
		assertEquals(TEXT, cas.getDocumentText());
		List<AnnotationFS> entities = all(cas, SanadTypeSystem.NAMED_ENTITY);
		assertEquals(List.of("البنتاغـــون", "باتريك رايدر", "رايدر", "2,500 جندي", "عين الأسد").size() - 1,
				entities.size(), "four in gold");
		for (AnnotationFS entity : entities) {
			assertEquals(TEXT.substring(entity.getBegin(), entity.getEnd()), entity.getCoveredText());
		}
		assertEquals(List.of("باتريك رايدر:PER", "رايدر:PER", "2,500 جندي:QUANTITY", "عين الأسد:FAC"),
				entities.stream().map(e -> e.getCoveredText() + ":" + string(e, "value")).toList());
		AnnotationFS source = all(cas, SanadTypeSystem.SOURCE).get(0);
		assertEquals("المتحدثُ باسم البنتاغـــون 😀 باتريك رايدر", source.getCoveredText());
		assertEquals("B", string(source, "reliability"));
		assertNull(string(source, "credibility"), "unrated");
		assertEquals("Pentagon", string(source, "registry"));
		ArrayFS claims = (ArrayFS) source.getFeatureValue(source.getType().getFeatureByBaseName("claims"));
		assertEquals("2,500 جندي 👨‍👩‍👧 باقون", ((AnnotationFS) claims.get(0)).getCoveredText());
		List<AnnotationFS> stances = all(cas, SanadTypeSystem.STANCE);
		AnnotationFS documentLevel = stances.stream()
				.filter(s -> s.getBooleanValue(s.getType().getFeatureByBaseName("documentLevel"))).findFirst().orElseThrow();
		Feature holder = documentLevel.getType().getFeatureByBaseName("holder");
		assertEquals("باتريك رايدر", ((AnnotationFS) documentLevel.getFeatureValue(holder)).getCoveredText());
		assertEquals("القوات ستبقى", stances.stream().filter(s -> s != documentLevel).findFirst().orElseThrow()
				.getCoveredText());
		assertEquals(List.of("Connect with us"),
				all(cas, SanadTypeSystem.BOILERPLATE).stream().map(AnnotationFS::getCoveredText).toList());
		List<String> tokens = all(cas, SanadTypeSystem.TOKEN).stream().map(AnnotationFS::getCoveredText).toList();
		List<String> expected = Tokenizer.tokens(TEXT, 0, TEXT.length()).stream().map(t -> TEXT.substring(t[0], t[1]))
				.toList();
		assertEquals(expected, tokens);
		assertEquals(3, all(cas, SanadTypeSystem.SENTENCE).size(), "the header, the statement, the question");
		FeatureStructure metadata = all(cas, SanadTypeSystem.METADATA).get(0);
		assertEquals("tricky", string(metadata, "documentTitle"));
		assertEquals("ar", cas.getDocumentLanguage());
		Type set = cas.getTypeSystem().getType(SanadTypeSystem.SET);
		assertNull(string(cas.getIndexRepository().getAllIndexedFS(set).next(), "annotator"), "gold");
	}

	@Test
	void anXmiExportImportsBackAsTheSameSets() throws Exception {
		Path folder = export(SetSelection.all(), out.resolve("xmi"));
		Project back = store.createProject("Back", null, DefaultSchema.create());
		List<Path> sets = List.of(folder.resolve("gold"), folder.resolve("ann"));
		ImportReport report = new DocumentImporter(List.of(new XmiFormat())).run(store, back, sets,
				ImportOptions.defaults(), new NullProgressMonitor());
		assertTrue(report.complete(), report.problems().toString());
		assertEquals(1, report.imported().size());
		assertEquals(2, report.annotationSets());
		back = store.project(back.getId()).orElseThrow();
		Exporter jsonl = new Exporter(List.of(new JsonlExport()));
		ExportOptions options = ExportOptions.of("jsonl").withSets(SetSelection.all());
		jsonl.export(store, project, options, out.resolve("a"), new NullProgressMonitor());
		jsonl.export(store, back, options, out.resolve("b"), new NullProgressMonitor());
		for (String set : List.of("gold", "ann")) {
			String first = Files.readString(out.resolve("a").resolve(set).resolve("documents.jsonl"), StandardCharsets.UTF_8);
			String second = Files.readString(out.resolve("b").resolve(set).resolve("documents.jsonl"), StandardCharsets.UTF_8);
			assertEquals(withoutIds(first), withoutIds(second), set);
		}
	}

	@Test
	void aBrokenXmiIsRefusedNamingTheFileAndTheAnnotation() throws Exception {
		Path folder = export(SetSelection.gold(), out);
		Path xmi;
		try (Stream<Path> list = Files.list(folder)) {
			xmi = list.filter(p -> p.toString().endsWith(".xmi")).findFirst().orElseThrow();
		}
		String text = Files.readString(xmi);
		String broken = text.replaceFirst("(<type\\d?:NamedEntity [^>]*?)end=\"\\d+\"", "$1end=\"9999\"");
		assertFalse(broken.equals(text), "the test changed an entity");
		Files.writeString(xmi, broken);
		ImportReport report = new DocumentImporter(List.of(new XmiFormat())).run(store,
				store.createProject("Broken", null, DefaultSchema.create()), List.of(folder), ImportOptions.defaults(),
				new NullProgressMonitor());
		assertEquals(1, report.problems().size(), report.problems().toString());
		String problem = report.problems().get(0).toString();
		assertTrue(problem.contains(xmi.getFileName().toString()) && problem.contains("NamedEntity[")
				&& problem.contains("9999 is outside the text"), problem);
		assertEquals(0, report.imported().size());
	}

	/**
	 * The XML parser reads the bytes itself; what it refuses is named by file and line, and so is
	 * an empty file. A good file after them is read as usual.
	 */
	@Test
	void xmlThatIsNotWellFormedAndAnEmptyFileAreRefusedByName() throws Exception {
		Path folder = Files.createDirectories(out.resolve("bad"));
		Path cut = folder.resolve("cut.xmi");
		Files.writeString(cut, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\n\n<xmi:XMI xmlns:xmi=\"http://www.omg.org/XMI\""
				+ " xmi:version=\"2.0\" & >\n", StandardCharsets.UTF_8);
		Path empty = Files.write(folder.resolve("empty.xmi"), new byte[0]);
		// read after the broken file by the same parser, which must have recovered
		try (Stream<Path> list = Files.list(export(SetSelection.gold(), out.resolve("good")))) {
			Files.copy(list.filter(p -> p.toString().endsWith(".xmi")).findFirst().orElseThrow(),
					folder.resolve("cut2-good.xmi"));
		}
		ImportReport report = new DocumentImporter(List.of(new XmiFormat())).run(store,
				store.createProject("Bad", null, DefaultSchema.create()), List.of(folder), ImportOptions.defaults(),
				new NullProgressMonitor());
		assertEquals(1, report.imported().size(), report.problems().toString());
		assertEquals(2, report.problems().size(), report.problems().toString());
		var byFile = report.problems().stream()
				.collect(java.util.stream.Collectors.toMap(p -> p.file().getFileName().toString(), p -> p));
		assertEquals(4, byFile.get("cut.xmi").line(), byFile.toString());
		assertTrue(byFile.get("cut.xmi").message().startsWith("is not UIMA CAS XMI: "), byFile.toString());
		assertEquals("is empty", byFile.get("empty.xmi").message());
	}

	/**
	 * XMI as INCEpTION writes it, with layers Sanad has no type for (parts of speech hung on the
	 * tokens, a custom relation to an entity): those are skipped, and so are sentences and tokens.
	 */
	@Test
	void layersSanadDoesNotReadAreSkippedAndItsEntitiesImported() throws Exception {
		TypeSystemDescription types = SanadTypeSystem.create();
		String pos = SanadTypeSystem.DKPRO + "lexmorph.type.pos.POS";
		types.addType(pos, "", CAS.TYPE_NAME_ANNOTATION).addFeature("PosValue", "", CAS.TYPE_NAME_STRING);
		types.getType(SanadTypeSystem.TOKEN).addFeature("pos", "", pos);
		types.addType("webanno.custom.Mentions", "", CAS.TYPE_NAME_ANNOTATION).addFeature("Governor", "",
				SanadTypeSystem.NAMED_ENTITY);
		CAS cas = CasCreationUtils.createCas(types, null, null);
		cas.setDocumentText(TEXT);
		cas.setDocumentLanguage("ar");
		Type token = cas.getTypeSystem().getType(SanadTypeSystem.TOKEN);
		Type posType = cas.getTypeSystem().getType(pos);
		for (int[] t : Tokenizer.tokens(TEXT, 0, TEXT.length())) {
			AnnotationFS tag = cas.createAnnotation(posType, t[0], t[1]);
			tag.setStringValue(posType.getFeatureByBaseName("PosValue"), "NOUN");
			cas.addFsToIndexes(tag);
			AnnotationFS tok = cas.createAnnotation(token, t[0], t[1]);
			tok.setFeatureValue(token.getFeatureByBaseName("pos"), tag);
			cas.addFsToIndexes(tok);
		}
		Type namedEntity = cas.getTypeSystem().getType(SanadTypeSystem.NAMED_ENTITY);
		int at = TEXT.indexOf("عين الأسد");
		AnnotationFS base = cas.createAnnotation(namedEntity, at, at + "عين الأسد".length());
		base.setStringValue(namedEntity.getFeatureByBaseName("value"), "FAC");
		cas.addFsToIndexes(base);
		Type mentions = cas.getTypeSystem().getType("webanno.custom.Mentions");
		AnnotationFS relation = cas.createAnnotation(mentions, 0, 5);
		relation.setFeatureValue(mentions.getFeatureByBaseName("Governor"), base);
		cas.addFsToIndexes(relation);
		Path folder = Files.createDirectories(out.resolve("inception"));
		try (var o = Files.newOutputStream(folder.resolve("base.xmi"))) {
			org.apache.uima.cas.impl.XmiCasSerializer.serialize(cas, o);
		}

		Project back = store.createProject("From INCEpTION", null, DefaultSchema.create());
		ImportReport report = new DocumentImporter(List.of(new XmiFormat())).run(store, back, List.of(folder),
				ImportOptions.defaults(), new NullProgressMonitor());
		assertTrue(report.complete(), report.problems().toString());
		assertEquals(1, report.imported().size());
		String id = store.documents(back.getId(), 0, 10).get(0).getId();
		assertEquals(TEXT, store.texts(List.of(id)).get(id));
		List<Annotation> gold = store.annotationSet(id, null).getAnnotations();
		assertEquals(1, gold.size(), gold.toString());
		EntityMention entity = (EntityMention) gold.get(0);
		assertEquals("FAC", entity.getLabel());
		assertEquals("عين الأسد", TEXT.substring(entity.getBegin(), entity.getEnd()));
	}

	/**
	 * Documents are written by several threads, each with its own CAS: every export of the same
	 * sets is byte for byte the same, whatever thread wrote which file and what it wrote before,
	 * and the card's SHA-256 of every file is that of its bytes.
	 */
	@Test
	void theSameDocumentsGiveTheSameFilesWhicheverThreadWritesThem() throws Exception {
		List<Document> more = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			Document d = F.createDocument();
			d.setTitle("more " + i);
			d.setOrigin("more-" + i + ".txt");
			// of different lengths, so that the threads' CASes held documents of other sizes before
			d.setText("خبر رقم " + i + ": " + "قال المتحدث إن القوات باقية. ".repeat(1 + (i * 7) % 23));
			more.add(d);
		}
		store.addDocuments(project.getId(), more);
		for (Document d : more) {
			int at = d.getText().indexOf("المتحدث");
			EntityMention m = F.createEntityMention();
			m.setId(TimeOrderedIds.next());
			m.setBegin(at);
			m.setEnd(at + "المتحدث".length());
			m.setLabel("PER");
			store.apply(AnnotationChange.create(d.getId(), null, "test", 0, m));
		}
		project = store.project(project.getId()).orElseThrow();
		Path first = export(SetSelection.gold(), out.resolve("first"));
		Path second = export(SetSelection.gold(), out.resolve("second"));
		List<Path> files;
		try (Stream<Path> list = Files.list(first)) {
			files = list.filter(p -> p.toString().endsWith(".xmi")).sorted().toList();
		}
		assertEquals(41, files.size());
		var card = com.google.gson.JsonParser.parseString(Files.readString(first.resolve("card.json")))
				.getAsJsonObject().getAsJsonObject("files");
		for (Path file : files) {
			byte[] bytes = Files.readAllBytes(file);
			assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(second.resolve(file.getFileName()))),
					file.getFileName() + " differs between two exports");
			String sha256 = java.util.HexFormat.of()
					.formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
			assertEquals(sha256, card.get(file.getFileName().toString()).getAsString(), file.getFileName().toString());
		}
	}

	private static String withoutIds(String jsonl) {
		return jsonl.replaceAll("\"(id|holder)\":\"[^\"]+\"", "\"$1\":\"…\"");
	}
}
