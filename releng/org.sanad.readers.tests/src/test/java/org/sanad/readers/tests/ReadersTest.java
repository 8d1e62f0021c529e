package org.sanad.readers.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.fit.factory.CollectionReaderFactory;
import org.apache.uima.fit.pipeline.JCasIterable;
import org.apache.uima.fit.util.JCasUtil;
import org.apache.uima.jcas.JCas;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;
import org.dkpro.core.io.conll.Conll2003Reader;
import org.dkpro.core.io.xmi.XmiReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import de.tudarmstadt.ukp.dkpro.core.api.metadata.type.DocumentMetaData;
import de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Sentence;
import de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token;

/**
 * The seeds, annotated on every layer, imported and exported by the real product, then read by
 * uimaj-core's XmiCasDeserializer, DKPro Core's XmiReader and Conll2003Reader: every offset is
 * checked against the text of Sanad's own JSONL export of the same sets.
 */
class ReadersTest {

	@TempDir
	static Path work;

	/** The gold JSONL export in UTF-16 offsets, by document id. */
	private static final Map<String, JsonObject> gold = new LinkedHashMap<>();

	@BeforeAll
	static void exportTheSeeds() throws Exception {
		Path data = work.resolve("data");
		String imported = SanadProduct.run(data, "import", SeedsDataset.write(work.resolve("seeds.jsonl")).toString(),
				"--project", "Seeds");
		assertTrue(imported.contains("Imported 0 documents and 60 annotations (10 sets) into 'Seeds'"), imported);
		SanadProduct.run(data, "export", "--project", "Seeds", "--format", "jsonl", "--offsets", "utf16", "--out",
				work.resolve("jsonl").toString());
		SanadProduct.run(data, "export", "--project", "Seeds", "--format", "xmi", "--set", "all", "--out",
				work.resolve("xmi").toString());
		SanadProduct.run(data, "export", "--project", "Seeds", "--format", "conll", "--docstart", "--out",
				work.resolve("conll").toString());
		for (String line : Files.readAllLines(work.resolve("jsonl/documents.jsonl"), StandardCharsets.UTF_8)) {
			JsonObject document = JsonParser.parseString(line).getAsJsonObject();
			gold.put(document.get("id").getAsString(), document);
		}
		assertEquals(5, gold.size());
	}

	private static List<Path> xmiFiles(Path folder) throws Exception {
		try (Stream<Path> list = Files.list(folder)) {
			return list.filter(p -> p.toString().endsWith(".xmi")).sorted().toList();
		}
	}

	/** @return "text:label" of each entity of a JSONL document, in its order */
	private static List<String> entities(JsonObject document) {
		List<String> entities = new ArrayList<>();
		for (JsonElement e : document.getAsJsonArray("entities")) {
			JsonObject entity = e.getAsJsonObject();
			String text = document.get("text").getAsString();
			String covered = text.substring(entity.get("begin").getAsInt(), entity.get("end").getAsInt());
			assertEquals(entity.get("text").getAsString(), covered, "JSONL in UTF-16 units");
			entities.add(covered + ":" + entity.get("label").getAsString());
		}
		return entities;
	}

	@Test
	void uimaReadsEveryXmiStrictlyWithItsTypeSystem() throws Exception {
		Path folder = work.resolve("xmi/gold");
		var types = UIMAFramework.getXMLParser()
				.parseTypeSystemDescription(new XMLInputSource(folder.resolve("TypeSystem.xml").toFile()));
		CAS cas = CasCreationUtils.createCas(types, null, null);
		List<Path> files = xmiFiles(folder);
		assertEquals(5, files.size());
		for (Path file : files) {
			cas.reset();
			try (InputStream in = Files.newInputStream(file)) {
				XmiCasDeserializer.deserialize(in, cas, false);
			}
			String id = file.getFileName().toString().replace(".xmi", "");
			JsonObject document = gold.get(id);
			assertEquals(document.get("text").getAsString(), cas.getDocumentText(), id);
			List<String> read = new ArrayList<>();
			for (AnnotationFS entity : cas.getAnnotationIndex(
					cas.getTypeSystem().getType("de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity"))) {
				read.add(entity.getCoveredText() + ":" + entity.getStringValue(entity.getType().getFeatureByBaseName("value")));
			}
			assertEquals(entities(document), read, id);
			var sources = cas.getAnnotationIndex(cas.getTypeSystem().getType("org.sanad.uima.Source"));
			FeatureStructure source = sources.iterator().next();
			assertEquals("B", source.getStringValue(source.getType().getFeatureByBaseName("reliability")));
			assertEquals(document.getAsJsonArray("sources").get(0).getAsJsonObject().get("text").getAsString(),
					((AnnotationFS) source).getCoveredText());
		}
	}

	@Test
	void dkprosXmiReaderReadsEverySetWithTheirEntitiesTokensAndSentences() throws Exception {
		for (String set : List.of("gold", "ann")) {
			Path folder = work.resolve("xmi").resolve(set);
			int documents = 0;
			for (JCas jcas : new JCasIterable(CollectionReaderFactory.createReaderDescription(XmiReader.class,
					XmiReader.PARAM_SOURCE_LOCATION, folder.toString(), XmiReader.PARAM_PATTERNS, "*.xmi",
					XmiReader.PARAM_TYPE_SYSTEM_FILE, folder.resolve("TypeSystem.xml").toString(),
					XmiReader.PARAM_MERGE_TYPE_SYSTEM, true))) {
				String id = DocumentMetaData.get(jcas).getDocumentId();
				JsonObject document = gold.get(id);
				assertEquals(document.get("text").getAsString(), jcas.getDocumentText(), id);
				List<String> read = JCasUtil.select(jcas, NamedEntity.class).stream()
						.map(e -> e.getCoveredText() + ":" + e.getValue()).toList();
				List<String> expected = entities(document);
				if (set.equals("ann")) {
					expected = expected.stream().map(e -> e.endsWith(":ORG") ? e.replace(":ORG", ":GPE") : e).toList();
				}
				assertEquals(expected, read, set + " " + id);
				assertFalse(JCasUtil.select(jcas, Sentence.class).isEmpty());
				for (Token token : JCasUtil.select(jcas, Token.class)) {
					assertFalse(token.getCoveredText().isBlank(), "a token covers text");
				}
				assertEquals(document.get("title").getAsString(), DocumentMetaData.get(jcas).getDocumentTitle());
				documents++;
			}
			assertEquals(5, documents, set);
		}
	}

	@Test
	void xmiThatDkproWroteImportsItsNamedEntities() throws Exception {
		String text = "قال باتريك رايدر 😀 إن القوات باقية في عين الأسد";
		JCas jcas = org.apache.uima.fit.factory.JCasFactory.createText(text, "ar");
		DocumentMetaData metadata = DocumentMetaData.create(jcas);
		metadata.setDocumentId("dkpro-1");
		metadata.setDocumentTitle("From DKPro");
		for (String[] entity : new String[][] { { "باتريك رايدر", "PER" }, { "عين الأسد", "FAC" } }) {
			int begin = text.indexOf(entity[0]);
			NamedEntity ne = new NamedEntity(jcas, begin, begin + entity[0].length());
			ne.setValue(entity[1]);
			ne.addToIndexes();
		}
		new Token(jcas, 0, 3).addToIndexes();
		Path folder = work.resolve("from-dkpro");
		org.apache.uima.fit.pipeline.SimplePipeline.runPipeline(jcas,
				org.apache.uima.fit.factory.AnalysisEngineFactory.createEngineDescription(
						org.dkpro.core.io.xmi.XmiWriter.class, org.dkpro.core.io.xmi.XmiWriter.PARAM_TARGET_LOCATION,
						folder.toString(), org.dkpro.core.io.xmi.XmiWriter.PARAM_USE_DOCUMENT_ID, true,
						org.dkpro.core.io.xmi.XmiWriter.PARAM_OVERWRITE, true));

		Path data = work.resolve("data");
		String imported = SanadProduct.run(data, "import", folder.toString(), "--project", "FromDkpro", "--annotator",
				"dkpro");
		assertTrue(imported.contains("Imported 1 document and 2 annotations (1 set) into 'FromDkpro'"), imported);
		Path out = work.resolve("from-dkpro-export");
		SanadProduct.run(data, "export", "--project", "FromDkpro", "--format", "jsonl", "--set", "dkpro", "--out",
				out.toString());
		JsonObject document = JsonParser.parseString(Files.readString(out.resolve("documents.jsonl"))).getAsJsonObject();
		assertEquals(text, document.get("text").getAsString());
		assertEquals("From DKPro", document.get("title").getAsString());
		List<String> entities = new ArrayList<>();
		for (JsonElement e : document.getAsJsonArray("entities")) {
			JsonObject entity = e.getAsJsonObject();
			entities.add(entity.get("text").getAsString() + ":" + entity.get("label").getAsString() + "@"
					+ entity.get("begin").getAsInt());
		}
		// Code points: the emoji after the name counts once, so عين starts one before its UTF-16 offset.
		assertEquals(List.of("باتريك رايدر:PER@4", "عين الأسد:FAC@" + (text.indexOf("عين") - 1)), entities);
	}

	@Test
	void dkprosConll2003ReaderReadsTheOutermostEntities() throws Exception {
		List<String> read = new ArrayList<>();
		for (JCas jcas : new JCasIterable(CollectionReaderFactory.createReaderDescription(Conll2003Reader.class,
				Conll2003Reader.PARAM_SOURCE_LOCATION, work.resolve("conll").toString(), Conll2003Reader.PARAM_PATTERNS,
				"*.conll", Conll2003Reader.PARAM_LANGUAGE, "ar", Conll2003Reader.PARAM_READ_POS, false,
				Conll2003Reader.PARAM_READ_CHUNK, false))) {
			for (NamedEntity entity : JCasUtil.select(jcas, NamedEntity.class)) {
				read.add(entity.getCoveredText().replaceAll("\\s+", "") + ":" + entity.getValue());
			}
			assertFalse(JCasUtil.select(jcas, Sentence.class).isEmpty());
		}
		List<String> expected = new ArrayList<>();
		for (JsonObject document : gold.values()) {
			// BIO keeps the outermost of nested entities: the second of each seed (inside the first) is dropped.
			List<String> all = entities(document);
			for (int i = 0; i < all.size(); i++) {
				if (i != 1) {
					expected.add(all.get(i).replaceAll("\\s+", ""));
				}
			}
		}
		assertEquals(expected, read);
		String card = Files.readString(work.resolve("conll/card.json"));
		assertTrue(card.contains("\"total\": 5"), card);
	}
}
