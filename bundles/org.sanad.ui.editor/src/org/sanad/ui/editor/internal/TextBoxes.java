package org.sanad.ui.editor.internal;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;

/**
 * Where a span of the text is on screen, as rectangles in the coordinates a paint listener draws
 * in: one per visual line and direction run the span covers. A span wrapped over two lines gets
 * two boxes, not one over both lines; a span of Arabic and a Latin name, whose pieces the bidi
 * algorithm may set apart, gets a box per piece, so no box covers words outside the span.
 *
 * <p>A box starts at the widget's location of the piece's first character; its width, from that
 * character's leading edge to the last one's trailing edge, comes from a layout of the paragraph
 * made like the widget's own (same font, width, direction, spacing), because the widget tells
 * leading edges only. The widget's {@code getTextBounds} cannot be used: in a wrapped
 * right-to-left paragraph it answers an empty rectangle for every line but the first (SWT 3.135,
 * GTK).
 * Measuring walks the paragraph, so the boxes are kept, relative to the top of their line, until
 * the widget's width ({@link #checkWidth()}) or font ({@link #forgetAll()}) changes; the text
 * itself never changes.
 */
final class TextBoxes {

	private static final int[] ONE_RUN = new int[0];
	/** Lines whose direction changes are kept. */
	private static final int KEPT_LINES = 4096;
	/** Kept boxes; beyond this many spans the cache starts again. */
	private static final int KEPT_SPANS = 65_536;
	/** Paragraph layouts kept: the paragraphs on screen and a few more. */
	private static final int KEPT_LAYOUTS = 48;

	private final StyledText text;
	private final Map<Integer, int[]> runs = new HashMap<>();
	private final Map<Long, Rectangle[]> kept = new HashMap<>();
	private final LinkedHashMap<Integer, TextLayout> layouts = new LinkedHashMap<>(64, 0.75f, true);
	private int keptWidth = -1;

	TextBoxes(StyledText text) {
		this.text = text;
		text.addListener(SWT.Dispose, e -> forgetAll());
	}

	/** Forgets every kept box and layout: the widget's font changed, so lines wrap elsewhere. */
	void forgetAll() {
		kept.clear();
		layouts.values().forEach(TextLayout::dispose);
		layouts.clear();
	}

	/** Forgets the kept boxes if the text's width changed since they were measured (call once per paint). */
	void checkWidth() {
		int width = text.getClientArea().width;
		if (width != keptWidth) {
			forgetAll();
			keptWidth = width;
		}
	}

	/** @return the boxes of [begin, end), empty when it is empty */
	List<Rectangle> of(int begin, int end) {
		int line = text.getLineAtOffset(Math.min(Math.max(0, begin), text.getCharCount()));
		int top = text.getLinePixel(line);
		long key = (long) begin << 32 | end & 0xffffffffL;
		Rectangle[] relative = kept.get(key);
		if (relative == null) {
			if (kept.size() >= KEPT_SPANS) {
				kept.clear();
			}
			List<Rectangle> measured = measure(begin, end);
			relative = new Rectangle[measured.size()];
			for (int i = 0; i < relative.length; i++) {
				Rectangle box = measured.get(i);
				relative[i] = new Rectangle(box.x, box.y - top, box.width, box.height);
			}
			kept.put(key, relative);
		}
		List<Rectangle> boxes = new ArrayList<>(relative.length);
		for (Rectangle box : relative) {
			boxes.add(new Rectangle(box.x, box.y + top, box.width, box.height));
		}
		return boxes;
	}

	private List<Rectangle> measure(int begin, int end) {
		int length = text.getCharCount();
		int from = Math.min(Math.max(0, begin), length);
		int to = Math.min(end, length);
		List<Rectangle> boxes = new ArrayList<>(1);
		while (from < to) {
			int line = text.getLineAtOffset(from);
			int lineBegin = text.getOffsetAtLine(line);
			TextLayout layout = layout(line, lineBegin);
			int pieceEnd = Math.min(to, lineBegin + layout.getText().length());
			for (int cut : cuts(layout.getText(), lineBegin, from, pieceEnd)) {
				if (from < cut) {
					addBoxes(layout, lineBegin, from - lineBegin, cut - lineBegin, boxes);
					from = cut;
				}
			}
			if (line + 1 >= text.getLineCount()) {
				break;
			}
			from = Math.max(from, text.getOffsetAtLine(line + 1)); // over the line delimiter
		}
		return boxes;
	}

	/** Adds the boxes of [from, to) of a paragraph, in one direction: one per visual line. */
	private void addBoxes(TextLayout layout, int lineBegin, int from, int to, List<Rectangle> boxes) {
		int[] starts = layout.getLineOffsets(); // visual lines, and the text's length last
		int height = layout.getLineBounds(0).height;
		for (int i = 0; i + 1 < starts.length; i++) {
			int a = Math.max(from, starts[i]);
			int b = Math.min(to, starts[i + 1]);
			if (a < b) {
				// where the piece starts, from the widget; how wide it is, from the copy, whose lines
				// the widget may place differently (right-to-left lines after the first)
				Point start = text.getLocationAtOffset(lineBegin + a);
				Point lead = layout.getLocation(a, false);
				Point trail = layout.getLocation(b - 1, true);
				int x = start.x + Math.min(lead.x, trail.x) - lead.x;
				boxes.add(new Rectangle(x, start.y, Math.abs(trail.x - lead.x), height));
			}
		}
	}

	/** A layout of one paragraph made as the widget makes its own, so it wraps at the same places. */
	private TextLayout layout(int line, int lineBegin) {
		TextLayout layout = layouts.get(lineBegin);
		if (layout == null) {
			layout = new TextLayout(text.getDisplay());
			layout.setFont(text.getFont());
			layout.setOrientation(text.getOrientation());
			layout.setWidth(Math.max(1, text.getClientArea().width - text.getLeftMargin() - text.getRightMargin()));
			layout.setSpacing(text.getLineSpacing());
			layout.setText(text.getLine(line));
			layouts.put(lineBegin, layout);
			if (layouts.size() > KEPT_LAYOUTS) {
				Iterator<TextLayout> eldest = layouts.values().iterator();
				eldest.next().dispose();
				eldest.remove();
			}
		}
		return layout;
	}

	/** The ends of the span's pieces on one line: where the direction changes, and its end. */
	private List<Integer> cuts(String line, int lineBegin, int from, int to) {
		int[] limits = runs.get(lineBegin);
		if (limits == null) {
			if (runs.size() >= KEPT_LINES) {
				runs.clear();
			}
			limits = directionChanges(line, lineBegin);
			runs.put(lineBegin, limits);
		}
		List<Integer> cuts = new ArrayList<>(2);
		for (int limit : limits) {
			if (from < limit && limit < to) {
				cuts.add(limit);
			}
		}
		cuts.add(to);
		return cuts;
	}

	private int[] directionChanges(String line, int lineBegin) {
		boolean rtl = text.getOrientation() == SWT.RIGHT_TO_LEFT;
		Bidi bidi = new Bidi(line, rtl ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
		if (bidi.getRunCount() <= 1) {
			return ONE_RUN;
		}
		int[] limits = new int[bidi.getRunCount()];
		for (int i = 0; i < limits.length; i++) {
			limits[i] = lineBegin + bidi.getRunLimit(i);
		}
		return limits;
	}
}
