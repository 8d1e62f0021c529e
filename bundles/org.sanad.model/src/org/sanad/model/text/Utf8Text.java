package org.sanad.model.text;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sanad.model.Document;
import org.sanad.model.SanadPackage;

/**
 * A document's text as UTF-8 bytes. Code that holds them anyway (an importer that read a file)
 * keeps them with the document as an EMF adapter, so that storing the text needs no encoding: for
 * Arabic, encoding cost more than writing the bytes. Setting or unsetting the text drops them.
 *
 * @since 0.3
 */
public final class Utf8Text extends AdapterImpl {

	private final byte[] bytes;
	private final int offset;
	private final int length;

	private Utf8Text(byte[] bytes, int offset, int length) {
		Objects.checkFromIndexSize(offset, length, bytes.length);
		this.bytes = bytes;
		this.offset = offset;
		this.length = length;
	}

	/**
	 * Keeps {@code length} bytes from {@code offset} with the document until its text changes. The
	 * caller vouches that they are exactly the UTF-8 of the document's current text (no byte-order
	 * mark), and does not change them afterwards.
	 */
	public static void attach(Document document, byte[] utf8, int offset, int length) {
		Utf8Text text = new Utf8Text(utf8, offset, length);
		document.eAdapters().remove(EcoreUtil.getExistingAdapter(document, Utf8Text.class));
		document.eAdapters().add(text);
	}

	/**
	 * @return the bytes kept with the document, or its text encoded now
	 * @throws IllegalArgumentException when the document has no text, or its text has half of a
	 *                                  surrogate pair, which UTF-8 cannot hold
	 */
	public static Utf8Text of(Document document) {
		if (EcoreUtil.getExistingAdapter(document, Utf8Text.class) instanceof Utf8Text kept) {
			return kept;
		}
		if (!document.isSetText()) {
			throw new IllegalArgumentException("The document has no text");
		}
		byte[] utf8 = encode(document.getText());
		return new Utf8Text(utf8, 0, utf8.length);
	}

	/**
	 * @return the text's UTF-8
	 * @throws IllegalArgumentException naming the UTF-16 offset of half a surrogate pair, which
	 *                                  {@link String#getBytes} would silently turn into '?'
	 */
	public static byte[] encode(String text) {
		int unpaired = unpairedSurrogate(text);
		if (unpaired >= 0) {
			throw new IllegalArgumentException(
					"The text has half of a surrogate pair at UTF-16 offset " + unpaired + ", which UTF-8 cannot hold");
		}
		return text.getBytes(StandardCharsets.UTF_8);
	}

	/** @return the UTF-16 offset of the first half of a surrogate pair standing alone, or -1 */
	public static int unpairedSurrogate(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isSurrogate(c)) {
				if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
				} else {
					return i;
				}
			}
		}
		return -1;
	}

	/** @return the number of bytes */
	public int length() {
		return length;
	}

	/** @return the bytes as a stream, without copying them */
	public InputStream stream() {
		return new ByteArrayInputStream(bytes, offset, length);
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == Utf8Text.class;
	}

	@Override
	public void notifyChanged(Notification notification) {
		if (notification.getFeature() == SanadPackage.Literals.DOCUMENT__TEXT && !notification.isTouch()) {
			((Document) notification.getNotifier()).eAdapters().remove(this);
		}
	}
}
