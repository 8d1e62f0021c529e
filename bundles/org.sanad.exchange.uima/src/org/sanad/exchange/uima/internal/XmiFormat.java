package org.sanad.exchange.uima.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

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
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads UIMA CAS XMI: Sanad's own export, and the XMI of DKPro Core and INCEpTION as far as it
 * holds named entities ({@code NamedEntity.value} is the label). Types Sanad does not know are
 * skipped, and so are sentences and tokens: Sanad cuts its own. One document per file; its annotations go through the importer like those of JSONL.
 */
@Component(service = DocumentFormat.class)
public final class XmiFormat implements BinaryDocumentFormat {

	private final ThreadLocal<CAS> cas = ThreadLocal.withInitial(XmiFormat::newCas);

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
		CAS into = cas.get();
		into.reset();
		try {
			XmiCasDeserializer.deserialize(new ByteArrayInputStream(bytes), into, true);
		} catch (SAXParseException e) {
			throw new ImportException(new ImportProblem(file, Math.max(0, e.getLineNumber()), -1,
					"is not UIMA CAS XMI: " + e.getMessage()));
		} catch (SAXException | IOException | RuntimeException e) {
			throw new ImportException(new ImportProblem(file, 0, -1, "is not UIMA CAS XMI: " + e.getMessage()));
		}
		try {
			return List.of(CasReader.read(into, file));
		} catch (IllegalArgumentException e) {
			throw new ImportException(new ImportProblem(file, 0, -1, e.getMessage()));
		}
	}

	private static CAS newCas() {
		try {
			return CasCreationUtils.createCas(SanadTypeSystem.forReading(), null, null);
		} catch (ResourceInitializationException e) {
			throw new IllegalStateException("Cannot make Sanad's UIMA type system", e);
		}
	}
}
