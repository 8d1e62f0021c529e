package org.sanad.ui.editor.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.events.PaintEvent;
import org.eclipse.swt.events.PaintListener;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;

/**
 * Paints the annotations over the text of the lines being repainted, from the
 * {@link AnnotationStyler}'s looks, then the {@link SelectionFrame}. A background is the label's
 * colour at 38 % opacity: on white it is the same light colour a text style would give, and the
 * letters under it stay dark.
 *
 * <p>An edit asks for {@link #repaint(int, int)} of the lines it touched, which keeps the text
 * widget's layouts: the widget lays a paragraph out again only when its text or its own styles
 * change, and neither does when annotations change.
 */
final class AnnotationPainter implements PaintListener {

	/** 38 % of 255: a full label colour over white gives the 62 %-white light colour. */
	private static final int BACKGROUND_ALPHA = 97;

	private final StyledText text;
	private final AnnotationStyler styler;
	private final TextBoxes boxes;
	private final SelectionFrame frame;
	/** Read-only marks over the text, {begin, end} sorted by begin (see {@link #setOverlay}). */
	private List<int[]> overlay = List.of();
	/** The pre-annotators' open suggestions, sorted by begin (see {@link #setSuggestions}). */
	private List<org.sanad.preannotation.Suggestion> suggestions = List.of();

	AnnotationPainter(StyledText text, AnnotationStyler styler) {
		this.text = text;
		this.styler = styler;
		this.boxes = new TextBoxes(text);
		this.frame = new SelectionFrame(boxes, styler::colours, this::repaint);
		text.addPaintListener(this);
	}

	/** Forgets where the text's spans are: the font changed. */
	void fontChanged() {
		boxes.forgetAll();
	}

	SelectionFrame frame() {
		return frame;
	}

	/** Replaces the read-only marks (places the gold set differs, say) and repaints their lines. */
	void setOverlay(List<int[]> spans) {
		List<int[]> old = overlay;
		overlay = spans.stream().sorted(java.util.Comparator.comparingInt((int[] s) -> s[0])).toList();
		old.forEach(s -> repaint(s[0], s[1]));
		overlay.forEach(s -> repaint(s[0], s[1]));
	}

	/** Replaces the suggestions drawn under the text (a dotted line in the label's colour). */
	void setSuggestions(List<org.sanad.preannotation.Suggestion> open) {
		List<org.sanad.preannotation.Suggestion> old = suggestions;
		suggestions = List.copyOf(open);
		old.forEach(s -> repaint(s.begin(), s.end()));
		suggestions.forEach(s -> repaint(s.begin(), s.end()));
	}

	boolean hasSuggestions() {
		return !suggestions.isEmpty();
	}

	/**
	 * Repaints the lines of [begin, end] as they are. {@code setLineBackground} is the widget's
	 * one repaint request that keeps the lines' layouts ({@code redraw} and {@code redrawRange}
	 * drop them); the editor sets no line backgrounds, so clearing them changes nothing else.
	 */
	void repaint(int begin, int end) {
		if (text.isDisposed()) {
			return;
		}
		int length = text.getCharCount();
		int first = text.getLineAtOffset(Math.min(Math.max(0, begin), length));
		int last = text.getLineAtOffset(Math.min(Math.max(begin, end), length));
		text.setLineBackground(first, last - first + 1, null);
	}

	@Override
	public void paintControl(PaintEvent e) {
		GC gc = e.gc;
		boxes.checkWidth();
		Rectangle area = new Rectangle(e.x, e.y, e.width, e.height);
		int first = text.getLineIndex(Math.max(0, e.y));
		int last = text.getLineIndex(e.y + e.height);
		List<Rectangle> borders = new ArrayList<>();
		Color borderColour = null;
		int lines = text.getLineCount();
		int baseline = text.getBaseline(); // one font: the same on every line
		for (int line = first; line <= last; line++) {
			int begin = text.getOffsetAtLine(line);
			// to the next line: the delimiter carries no looks, and the line's text is not copied
			int end = line + 1 < lines ? text.getOffsetAtLine(line + 1) : text.getCharCount();
			StyleRange[] looks = styler.looks(begin, end);
			for (StyleRange look : looks) {
				List<Rectangle> pieces = boxes.of(look.start, look.start + look.length);
				for (Rectangle box : pieces) {
					if (box.intersects(area)) {
						paint(gc, look, box, baseline);
					}
				}
				if (look.borderStyle != SWT.NONE) {
					borders.addAll(pieces);
					borderColour = look.borderColor;
				}
			}
		}
		drawBorders(gc, borders, borderColour, area);
		int shownEnd = last + 1 < lines ? text.getOffsetAtLine(last + 1) : text.getCharCount();
		paintOverlay(gc, text.getOffsetAtLine(first), shownEnd, area);
		paintSuggestions(gc, text.getOffsetAtLine(first), shownEnd, area, baseline);
		frame.paint(gc, area);
	}

	/** A dashed frame around each overlay span of the lines being painted. */
	private void paintOverlay(GC gc, int begin, int end, Rectangle area) {
		if (overlay.isEmpty()) {
			return;
		}
		gc.setForeground(styler.colours().overlay());
		gc.setLineWidth(2);
		gc.setLineStyle(SWT.LINE_DASH);
		for (int[] span : overlay) {
			if (span[0] >= end) {
				break;
			}
			if (span[1] > begin) {
				for (Rectangle box : boxes.of(span[0], span[1])) {
					if (box.intersects(area)) {
						gc.drawRectangle(box.x - 1, box.y - 1, box.width + 1, box.height + 1);
					}
				}
			}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
	}

	/** A thick dotted line under each suggestion, below where labels underline, in its label's colour. */
	private void paintSuggestions(GC gc, int begin, int end, Rectangle area, int baseline) {
		if (suggestions.isEmpty()) {
			return;
		}
		gc.setLineWidth(3);
		gc.setLineStyle(SWT.LINE_DOT);
		for (org.sanad.preannotation.Suggestion s : suggestions) {
			if (s.begin() >= end) {
				break;
			}
			if (s.end() > begin) {
				gc.setForeground(styler.colours().label(s.label()));
				for (Rectangle box : boxes.of(s.begin(), s.end())) {
					if (box.intersects(area)) {
						int y = box.y + baseline + 6;
						gc.drawLine(box.x, y, box.x + box.width - 1, y);
					}
				}
			}
		}
		gc.setLineStyle(SWT.LINE_SOLID);
		gc.setLineWidth(1);
	}

	private static void paint(GC gc, StyleRange look, Rectangle box, int baseline) {
		if (look.background != null) {
			gc.setAlpha(BACKGROUND_ALPHA);
			gc.setBackground(look.background);
			gc.fillRectangle(box);
			gc.setAlpha(255);
		}
		if (look.underline) {
			gc.setForeground(look.underlineColor);
			gc.setLineWidth(1);
			gc.setLineStyle(SWT.LINE_SOLID);
			int y = box.y + baseline + 2;
			int right = box.x + box.width - 1;
			switch (look.underlineStyle) {
			case SWT.UNDERLINE_DOUBLE -> {
				gc.drawLine(box.x, y, right, y);
				gc.drawLine(box.x, y + 2, right, y + 2);
			}
			case SWT.UNDERLINE_SQUIGGLE -> gc.drawPolyline(squiggle(box.x, right, y));
			default -> gc.drawLine(box.x, y, right, y);
			}
		}
	}

	private static int[] squiggle(int left, int right, int y) {
		int points = Math.max(2, (right - left) / 2 + 1);
		int[] line = new int[points * 2];
		for (int i = 0; i < points; i++) {
			line[2 * i] = Math.min(right, left + 2 * i);
			line[2 * i + 1] = y + (i % 2 == 0 ? 0 : 2);
		}
		return line;
	}

	/** One box around each source: pieces side by side on one visual line are joined first. */
	private static void drawBorders(GC gc, List<Rectangle> pieces, Color colour, Rectangle area) {
		if (pieces.isEmpty()) {
			return;
		}
		List<Rectangle> joined = new ArrayList<>();
		for (Rectangle piece : pieces) {
			Rectangle last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
			if (last != null && last.y == piece.y && last.height == piece.height
					&& piece.x <= last.x + last.width + 1 && last.x <= piece.x + piece.width + 1) {
				joined.set(joined.size() - 1, last.union(piece));
			} else {
				joined.add(piece);
			}
		}
		gc.setForeground(colour);
		gc.setLineWidth(1);
		gc.setLineStyle(SWT.LINE_SOLID);
		for (Rectangle box : joined) {
			if (box.intersects(area)) {
				gc.drawRectangle(box.x, box.y, box.width - 1, box.height - 1);
			}
		}
	}
}
