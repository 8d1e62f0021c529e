package org.sanad.exchange.uima.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCreationUtils;
import org.osgi.service.component.annotations.Component;
import org.sanad.importer.BinaryDocumentFormat;
import org.sanad.importer.DocumentFormat;
import org.sanad.importer.ImportException;
import org.sanad.importer.ImportProblem;
import org.sanad.model.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads UIMA CAS XMI: Sanad's own export, and the XMI of DKPro Core and INCEpTION as far as it
 * holds named entities ({@code NamedEntity.value} is the label). Types Sanad does not know are
 * skipped, and so are sentences and tokens: Sanad cuts its own. One document per file; its
 * annotations go through the importer like those of JSONL.
 */
@Component(service = DocumentFormat.class)
public final class XmiFormat implements BinaryDocumentFormat {

	/** Types not read at all: their elements never reach UIMA. */
	private static final Set<String> SKIPPED = Set.of(SanadTypeSystem.SENTENCE, SanadTypeSystem.TOKEN);

	private final ThreadLocal<Reader> readers = ThreadLocal.withInitial(Reader::new);

	@Override
	public String name() {
		return "xmi";
	}

	@Override
	public boolean accepts(Path file) {
		return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xmi");
	}

	/** The XML parser decodes the bytes (UTF-8 unless the file declares otherwise); nobody decodes them before it. */
	@Override
	public List<Document> read(Path file, byte[] bytes, List<ImportProblem> problems) throws ImportException {
		if (bytes.length == 0) {
			throw new ImportException(new ImportProblem(file, 0, -1, "is empty"));
		}
		Reader reader = readers.get();
		try {
			reader.parse(bytes);
		} catch (SAXParseException e) {
			throw new ImportException(new ImportProblem(file, Math.max(0, e.getLineNumber()), -1,
					"is not UIMA CAS XMI: " + e.getMessage()));
		} catch (SAXException | IOException | RuntimeException e) {
			throw new ImportException(new ImportProblem(file, 0, -1, "is not UIMA CAS XMI: " + e.getMessage()));
		}
		try {
			return List.of(CasReader.read(reader.cas, file));
		} catch (IllegalArgumentException e) {
			throw new ImportException(new ImportProblem(file, 0, -1, e.getMessage()));
		}
	}

	/**
	 * One reading thread's CAS, XML parser and UIMA deserializer, kept from file to file: making a
	 * parser looks its class up on the class path, a tenth of the reading time when made per file.
	 */
	private static final class Reader {

		final CAS cas = newCas();
		final XmiCasDeserializer deserializer = new XmiCasDeserializer(cas.getTypeSystem());
		final XMLReader xml = newXmlReader();
		final SkippingHandler skipping = new SkippingHandler(SKIPPED);

		void parse(byte[] bytes) throws SAXException, IOException {
			// the handler resets the CAS; lenient: types Sanad does not know are passed over
			xml.setContentHandler(skipping.to(deserializer.getXmiCasHandler(cas, true)));
			xml.parse(new InputSource(new ByteArrayInputStream(bytes)));
		}
	}

	private static CAS newCas() {
		try {
			return CasCreationUtils.createCas(SanadTypeSystem.create(), null, null);
		} catch (ResourceInitializationException e) {
			throw new IllegalStateException("Cannot make Sanad's UIMA type system", e);
		}
	}

	/** The JDK's own parser, namespace-aware, with no document type declarations and no external entities. */
	private static XMLReader newXmlReader() {
		try {
			SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
			factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
			return factory.newSAXParser().getXMLReader();
		} catch (ParserConfigurationException | SAXException e) {
			throw new IllegalStateException("No XML parser for XMI", e);
		}
	}
}
