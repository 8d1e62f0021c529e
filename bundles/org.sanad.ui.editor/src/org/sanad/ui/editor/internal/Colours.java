package org.sanad.ui.editor.internal;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.jface.resource.ColorDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Control;
import org.sanad.model.Label;
import org.sanad.model.LabelSchema;
import org.sanad.model.Layer;
import org.sanad.model.Polarity;
import org.sanad.ui.WorkbenchPreferences;

/** The editor's colours: label colours from the preferences or the schema, and fixed layer colours. */
final class Colours {

	static final RGB SOURCE = new RGB(0x00, 0x79, 0x6b);
	static final RGB BOILERPLATE = new RGB(0x9e, 0x9e, 0x9e);
	static final RGB FALLBACK = new RGB(0x90, 0xa4, 0xae);

	private final LocalResourceManager resources;
	private final Map<String, RGB> labels = new HashMap<>();

	Colours(Control owner, LabelSchema schema, WorkbenchPreferences preferences) {
		this.resources = new LocalResourceManager(JFaceResources.getResources(), owner);
		for (Layer layer : schema.getLayers()) {
			for (Label label : layer.getLabels()) {
				String hex = preferences == null ? label.getColour()
						: preferences.labelColour(label.getName()).orElse(label.getColour());
				labels.put(label.getName(), parse(hex));
			}
		}
	}

	/** @return a label's colour at full strength */
	Color label(String name) {
		return color(labels.getOrDefault(name, FALLBACK));
	}

	Color polarity(Polarity polarity) {
		if (polarity == null) {
			return color(FALLBACK);
		}
		return color(switch (polarity) {
		case FAVOR -> new RGB(0x2e, 0x7d, 0x32);
		case AGAINST -> new RGB(0xc6, 0x28, 0x28);
		case NEUTRAL -> new RGB(0x5d, 0x5d, 0x5d);
		});
	}

	Color source() {
		return color(SOURCE);
	}

	/** The dashed frame of a place where the gold set differs from the annotator's set. */
	Color overlay() {
		return color(new RGB(0x8e, 0x24, 0xaa));
	}

	Color boilerplate() {
		return color(BOILERPLATE);
	}

	Color color(RGB rgb) {
		return resources.create(ColorDescriptor.createFrom(rgb));
	}

	/** @return the colour of {@code #rrggbb}, or a neutral grey when it is not one */
	static RGB parse(String hex) {
		if (hex != null && hex.matches("#[0-9a-fA-F]{6}")) {
			int v = Integer.parseInt(hex.substring(1), 16);
			return new RGB(v >> 16 & 0xff, v >> 8 & 0xff, v & 0xff);
		}
		return FALLBACK;
	}

	static String hex(RGB rgb) {
		return String.format("#%02x%02x%02x", rgb.red, rgb.green, rgb.blue);
	}
}
