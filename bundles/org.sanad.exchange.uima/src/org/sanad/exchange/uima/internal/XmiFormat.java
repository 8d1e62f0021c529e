package org.sanad.exchange.uima.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.util.CasCreationUtils;
import org.osgi.service.component.annotations.Component;
import org.sanad.importer.DocumentFormat;
import org.sanad.importer.ImportException;
import org.sanad.importer.ImportProblem;
import org.sanad.importer.SourceFile;
import org.sanad.model.Document;
import org.xml.sax.SAXException;

/**
 * Reads UIMA CAS XMI: Sanad's own export, and the XMI of DKPro Core and INCEpTION as far as it
 * holds named entities ({@code NamedEntity.value} is the label). Types Sanad does not know are
 * skipped. One document per file; its annotations go through the importer like those of JSONL.
 */
@Component(service = DocumentFormat.class)
public final class XmiFormat implements DocumentFormat {

	private final ThreadLocal<CAS> cas = ThreadLocal.withInitial(XmiFormat::newCas);

	@Override
	public String name() {
		return "xmi";
	}

	@Override
	public boolean accepts(Path file) {
		return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xmi");
	}

	@Override
	public List<Document> read(SourceFile source, List<ImportProblem> problems) throws ImportException {
		CAS into = cas.get();
		into.reset();
		try {
			XmiCasDeserializer.deserialize(new ByteArrayInputStream(source.text().getBytes(StandardCharsets.UTF_8)),
					into, true);
		} catch (SAXException | IOException | RuntimeException e) {
			throw new ImportException(new ImportProblem(source.path(), 0, -1, "is not UIMA CAS XMI: " + e.getMessage()));
		}
		try {
			return List.of(CasReader.read(into, source.path()));
		} catch (IllegalArgumentException e) {
			throw new ImportException(new ImportProblem(source.path(), 0, -1, e.getMessage()));
		}
	}

	private static CAS newCas() {
		try {
			return CasCreationUtils.createCas(SanadTypeSystem.create(), null, null);
		} catch (ResourceInitializationException e) {
			throw new IllegalStateException("Cannot make Sanad's UIMA type system", e);
		}
	}
}
