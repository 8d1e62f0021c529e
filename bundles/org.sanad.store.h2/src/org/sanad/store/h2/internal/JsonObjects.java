package org.sanad.store.h2.internal;

import java.util.Map;

/**
 * Writes a flat JSON object of strings, as a document's metadata is stored. Written by hand: a
 * Gson tree per document was a visible share of an import's writer thread. Read back with Gson.
 */
final class JsonObjects {

	private JsonObjects() {
	}

	static String of(Map<String, String> entries) {
		StringBuilder json = new StringBuilder(16 + 32 * entries.size()).append('{');
		for (Map.Entry<String, String> entry : entries.entrySet()) {
			if (json.length() > 1) {
				json.append(',');
			}
			string(json, entry.getKey()).append(':');
			if (entry.getValue() == null) {
				json.append("null");
			} else {
				string(json, entry.getValue());
			}
		}
		return json.append('}').toString();
	}

	/** Appends a JSON string: quote, backslash and control characters escaped (RFC 8259, section 7). */
	private static StringBuilder string(StringBuilder json, String value) {
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
			case '"' -> json.append("\\\"");
			case '\\' -> json.append("\\\\");
			case '\n' -> json.append("\\n");
			case '\r' -> json.append("\\r");
			case '\t' -> json.append("\\t");
			default -> {
				if (c < 0x20) {
					json.append(String.format("\\u%04x", (int) c));
				} else {
					json.append(c);
				}
			}
			}
		}
		return json.append('"');
	}
}
