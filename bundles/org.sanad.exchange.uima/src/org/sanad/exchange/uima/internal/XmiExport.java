package org.sanad.exchange.uima.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.uima.cas.CAS;
import org.apache.uima.resource.ResourceInitializationException;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.osgi.service.component.annotations.Component;
import org.sanad.exchange.DatasetWriter;
import org.sanad.exchange.ExportFormat;
import org.sanad.exchange.ExportTarget;
import org.sanad.exchange.OffsetUnit;
import org.xml.sax.SAXException;

/**
 * UIMA CAS XMI, written by Apache UIMA's own serializer: {@code TypeSystem.xml} and one
 * {@code <document id>.xmi} per document (with a split, in {@code train/}, {@code dev/} and
 * {@code test/}). Offsets are UTF-16 code units, as UIMA counts, whatever the options say.
 */
@Component(service = ExportFormat.class)
public final class XmiExport implements ExportFormat {

	static final String TYPE_SYSTEM = "TypeSystem.xml";

	@Override
	public String name() {
		return "xmi";
	}

	@Override
	public String summary() {
		return "UIMA CAS XMI with its TypeSystem.xml: DKPro Core entities, Sanad sources and stances";
	}

	@Override
	public OffsetUnit fixedOffsets() {
		return OffsetUnit.UTF16;
	}

	@Override
	public DatasetWriter open(ExportTarget target) throws IOException {
		if (target.options().withoutText()) {
			throw new IllegalArgumentException("XMI cannot be written without texts: the text is the CAS's sofa");
		}
		TypeSystemDescription types = SanadTypeSystem.create();
		List<CAS> cases = new ArrayList<>();
		try (OutputStream out = target.createBinary(TYPE_SYSTEM)) {
			types.toXML(out);
			cases.add(CasCreationUtils.createCas(types, null, null));
			while (cases.size() < XmiWriter.threads()) {
				// the type system committed once, shared
				cases.add(CasCreationUtils.createCas(cases.get(0).getTypeSystem(), null, null, null));
			}
		} catch (SAXException | ResourceInitializationException e) {
			throw new IOException("Cannot make the UIMA type system: " + e.getMessage(), e);
		}
		return new XmiWriter(cases, target);
	}
}
