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
 * <p>A box spans a piece's first character's leading edge to its last one's trailing edge in a
 * layout of the paragraph made like the widget's own (same font, width, direction, spacing),
 * because the widget tells leading edges only; each visual line is then shifted to where the
 * widget starts it. The widget's {@code getTextBounds} cannot be used: in a wrapped
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
	private final LinkedHashMap<Integer, Paragraph> layouts = new LinkedHashMap<>(64, 0.75f, true);
	private int keptWidth = -1;

	TextBoxes(StyledText text) {
		this.text = text;
		text.addListener(SWT.Dispose, e -> forgetAll());
	}

	/** Forgets every kept box and layout: the widget's font changed, so lines wrap elsewhere. */
	void forgetAll() {
		kept.clear();
		layouts.values().forEach(p -> p.layout.dispose());
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
			Paragraph paragraph = layout(line, lineBegin);
			String lineText = paragraph.layout.getText();
			int pieceEnd = Math.min(to, lineBegin + lineText.length());
			for (int cut : cuts(lineText, lineBegin, from, pieceEnd)) {
				if (from < cut) {
					addBoxes(paragraph, lineBegin, from - lineBegin, cut - lineBegin, boxes);
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
	private void addBoxes(Paragraph paragraph, int lineBegin, int from, int to, List<Rectangle> boxes) {
		int[] starts = paragraph.starts;
		for (int i = 0; i + 1 < starts.length; i++) {
			int a = Math.max(from, starts[i]);
			int b = Math.min(to, starts[i + 1]);
			if (a < b) {
				Point lead = paragraph.layout.getLocation(a, false);
				Point trail = paragraph.layout.getLocation(b - 1, true);
				int x = Math.min(lead.x, trail.x) + paragraph.shift(i, lineBegin);
				boxes.add(new Rectangle(x, text.getLinePixel(text.getLineAtOffset(lineBegin)) + lead.y,
						Math.abs(trail.x - lead.x), paragraph.height));
			}
		}
	}

	/** A paragraph's copy of the widget's layout, with its visual lines' starts and shifts. */
	private final class Paragraph {
		final TextLayout layout;
		/** Where each visual line starts, and the text's length last. */
		final int[] starts;
		final int height;
		/** Per visual line, how far the widget draws it from where the copy does; unknown until asked. */
		private final Integer[] shifts;

		Paragraph(TextLayout layout) {
			this.layout = layout;
			this.starts = layout.getLineOffsets();
			this.height = layout.getLineBounds(0).height;
			this.shifts = new Integer[starts.length];
		}

		/**
		 * The widget's x of a visual line's first character minus the copy's: the widget may place
		 * right-to-left lines after the first elsewhere, so where a line starts is the widget's say.
		 */
		int shift(int visualLine, int lineBegin) {
			if (shifts[visualLine] == null) {
				int offset = starts[visualLine];
				shifts[visualLine] = text.getLocationAtOffset(lineBegin + offset).x - layout.getLocation(offset, false).x;
			}
			return shifts[visualLine];
		}
	}

	/** A layout of one paragraph made as the widget makes its own, so it wraps at the same places. */
	private Paragraph layout(int line, int lineBegin) {
		Paragraph paragraph = layouts.get(lineBegin);
		if (paragraph == null) {
			TextLayout layout = new TextLayout(text.getDisplay());
			layout.setFont(text.getFont());
			layout.setOrientation(text.getOrientation());
			layout.setWidth(Math.max(1, text.getClientArea().width - text.getLeftMargin() - text.getRightMargin()));
			layout.setSpacing(text.getLineSpacing());
			layout.setText(text.getLine(line));
			paragraph = new Paragraph(layout);
			layouts.put(lineBegin, paragraph);
			if (layouts.size() > KEPT_LAYOUTS) {
				Iterator<Paragraph> eldest = layouts.values().iterator();
				eldest.next().layout.dispose();
				eldest.remove();
			}
		}
		return paragraph;
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
