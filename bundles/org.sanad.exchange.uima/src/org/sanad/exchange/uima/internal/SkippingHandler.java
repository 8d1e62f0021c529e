package org.sanad.exchange.uima.internal;

import java.util.Set;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

/**
 * Hands SAX events on to UIMA's XMI handler, leaving out the elements of the given types, and
 * whatever they hold. UIMA, reading leniently, would keep each as out-of-type-system data for a
 * later serialization; an import only reads the CAS and needs none of it.
 */
final class SkippingHandler implements ContentHandler {

	private final Set<String> skipped;
	private final Set<String> localNames;
	private ContentHandler target;
	private int depth;

	/** @param typeNames UIMA type names, e.g. {@code de.tudarmstadt.ukp.dkpro.core.api.segmentation.type.Token} */
	SkippingHandler(Set<String> typeNames) {
		this.skipped = typeNames.stream().map(SkippingHandler::elementName).collect(java.util.stream.Collectors.toSet());
		this.localNames = typeNames.stream().map(t -> t.substring(t.lastIndexOf('.') + 1))
				.collect(java.util.stream.Collectors.toSet());
	}

	/** @return the handler, now passing events on to {@code next} */
	SkippingHandler to(ContentHandler next) {
		this.target = next;
		this.depth = 0;
		return this;
	}

	/** @return the element name XMI gives a type, as the namespace URI in braces and the local name */
	static String elementName(String typeName) {
		int dot = typeName.lastIndexOf('.');
		return "{http:///" + typeName.substring(0, dot).replace('.', '/') + ".ecore}" + typeName.substring(dot + 1);
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
		if (depth > 0 || localNames.contains(localName) && skipped.contains("{" + uri + "}" + localName)) {
			depth++;
			return;
		}
		target.startElement(uri, localName, qName, atts);
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		if (depth > 0) {
			depth--;
			return;
		}
		target.endElement(uri, localName, qName);
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		if (depth == 0) {
			target.characters(ch, start, length);
		}
	}

	@Override
	public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
		if (depth == 0) {
			target.ignorableWhitespace(ch, start, length);
		}
	}

	@Override
	public void setDocumentLocator(Locator locator) {
		target.setDocumentLocator(locator);
	}

	@Override
	public void startDocument() throws SAXException {
		target.startDocument();
	}

	@Override
	public void endDocument() throws SAXException {
		target.endDocument();
	}

	@Override
	public void startPrefixMapping(String prefix, String uri) throws SAXException {
		target.startPrefixMapping(prefix, uri);
	}

	@Override
	public void endPrefixMapping(String prefix) throws SAXException {
		target.endPrefixMapping(prefix);
	}

	@Override
	public void processingInstruction(String target, String data) throws SAXException {
		this.target.processingInstruction(target, data);
	}

	@Override
	public void skippedEntity(String name) throws SAXException {
		target.skippedEntity(name);
	}
}
