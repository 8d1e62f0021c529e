package org.sanad.ui.editor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.LineStyleEvent;
import org.eclipse.swt.custom.LineStyleListener;
import org.eclipse.swt.custom.StyleRange;
import org.sanad.editing.AnnotationSession;
import org.sanad.editing.Mark;
import org.sanad.editing.text.Lanes;
import org.sanad.editing.text.LineCache;
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.EntityMention;
import org.sanad.model.Stance;

/**
 * What each line's annotations look like. Each piece of a line between two mark boundaries gets:
 * the entity of the highest {@link Lanes lane} (the innermost where spans nest) as background,
 * the one below it or a stance quote as underline, a source as a box, a claim as a wavy line.
 *
 * <p>These looks are not given to the text widget as styles but painted over the text by the
 * {@link AnnotationPainter}: a style change makes the widget lay out the whole paragraph again
 * (Pango shapes it anew, about 2 ms per 1,000 characters of styled Arabic), while a painted look
 * costs a repaint. The text's own styles are boilerplate's grey alone, which never changes, so
 * the widget's layouts stay valid through every edit. Only colours are ever drawn, never a font
 * change, so Arabic letters stay joined across annotations.
 *
 * <p>The looks of recent lines are kept until the editor says that a range of the text looks
 * different ({@link #forget(int, int)}).
 */
final class AnnotationStyler implements LineStyleListener {

	/** More lines than a screen shows; beyond it the cache starts again. */
	private static final int CACHED_LINES = 512;

	private final AnnotationSession session;
	private final LineCache<StyleRange[]> cache = new LineCache<>(CACHED_LINES);
	private Colours colours;

	AnnotationStyler(AnnotationSession session, Colours colours) {
		this.session = session;
		this.colours = colours;
	}

	Colours colours() {
		return colours;
	}

	void setColours(Colours colours) {
		this.colours = colours;
		forgetAll();
	}

	/** Drops the kept looks of every line touching [begin, end]: their annotations changed. */
	void forget(int begin, int end) {
		cache.forget(begin, end);
	}

	void forgetAll() {
		cache.forgetAll();
	}

	/** The widget's own styles: boilerplate in grey. */
	@Override
	public void lineGetStyle(LineStyleEvent event) {
		int begin = event.lineOffset;
		int end = begin + event.lineText.length();
		List<StyleRange> grey = new ArrayList<>();
		for (BoilerplateRegion r : session.document().getBoilerplate()) {
			if (r.getBegin() < end && begin < r.getEnd()) {
				StyleRange style = new StyleRange();
				style.start = Math.max(begin, r.getBegin());
				style.length = Math.min(end, r.getEnd()) - style.start;
				style.foreground = colours.boilerplate();
				grey.add(style);
			}
		}
		event.styles = grey.toArray(StyleRange[]::new);
	}

	/**
	 * The annotations' looks on the line [begin, end], in text order, as style ranges for the
	 * painter: a background in the label's full colour (painted translucent), a border, an
	 * underline.
	 */
	StyleRange[] looks(int begin, int end) {
		return cache.get(begin, end, () -> styles(begin, end));
	}

	private StyleRange[] styles(int lineBegin, int lineEnd) {
		List<Mark> marks = session.marks(lineBegin, lineEnd);
		if (marks.isEmpty()) {
			return new StyleRange[0];
		}
		TreeSet<Integer> cuts = new TreeSet<>();
		cuts.add(lineBegin);
		cuts.add(lineEnd);
		for (Mark m : marks) {
			cuts.add(Math.max(lineBegin, m.begin()));
			cuts.add(Math.min(lineEnd, m.end()));
		}
		Map<Mark, Integer> lanes = entityLanes(marks);
		List<StyleRange> ranges = new ArrayList<>();
		// a sweep: the marks covering a piece are those begun and not yet ended at its start
		List<Mark> byBegin = new ArrayList<>(marks);
		byBegin.sort(Comparator.comparingInt(Mark::begin));
		List<Mark> active = new ArrayList<>();
		int next = 0;
		Integer from = cuts.first();
		for (Integer to : cuts.tailSet(from, false)) {
			int start = from;
			active.removeIf(m -> m.end() <= start);
			while (next < byBegin.size() && byBegin.get(next).begin() <= start) {
				Mark m = byBegin.get(next++);
				if (m.end() > start) {
					active.add(m);
				}
			}
			StyleRange style = piece(from, to, active, lanes);
			if (style != null) {
				StyleRange last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
				if (last != null && last.start + last.length == from && last.similarTo(style)) {
					last.length += to - from;
				} else {
					ranges.add(style);
				}
			}
			from = to;
		}
		return ranges.toArray(StyleRange[]::new);
	}

	/** Lanes of the line's entities: where entities overlap, the highest lane is drawn as background. */
	private static Map<Mark, Integer> entityLanes(List<Mark> marks) {
		List<Mark> entities = marks.stream().filter(m -> m.kind() == Mark.Kind.ENTITY).toList();
		int[] lanes = Lanes.assign(entities);
		Map<Mark, Integer> byMark = new IdentityHashMap<>();
		for (int i = 0; i < lanes.length; i++) {
			byMark.put(entities.get(i), lanes[i]);
		}
		return byMark;
	}

	private StyleRange piece(int from, int to, List<Mark> marks, Map<Mark, Integer> lanes) {
		Mark inner = null;
		Mark outer = null;
		Mark source = null;
		Mark claim = null;
		Mark stance = null;
		for (Mark m : marks) {
			if (!(m.begin() <= from && to <= m.end())) {
				continue;
			}
			switch (m.kind()) {
			case ENTITY -> {
				if (inner == null || lanes.get(m) > lanes.get(inner)) {
					outer = inner;
					inner = m;
				} else if (outer == null || lanes.get(m) > lanes.get(outer)) {
					outer = m;
				}
			}
			case SOURCE -> source = m;
			case CLAIM -> claim = m;
			case STANCE -> stance = m;
			}
		}
		if (inner == null && outer == null && source == null && claim == null && stance == null) {
			return null;
		}
		StyleRange style = new StyleRange();
		style.start = from;
		style.length = to - from;
		if (source != null) {
			style.borderStyle = SWT.BORDER_SOLID;
			style.borderColor = colours.source();
		}
		if (inner != null) {
			style.background = colours.label(((EntityMention) inner.annotation()).getLabel());
		}
		if (stance != null) {
			style.underline = true;
			style.underlineStyle = SWT.UNDERLINE_DOUBLE;
			Stance s = (Stance) stance.annotation();
			style.underlineColor = colours.polarity(s.isSetPolarity() ? s.getPolarity() : null);
		} else if (outer != null && outer != inner) {
			style.underline = true;
			style.underlineStyle = SWT.UNDERLINE_SINGLE;
			style.underlineColor = colours.label(((EntityMention) outer.annotation()).getLabel());
		} else if (claim != null) {
			style.underline = true;
			style.underlineStyle = SWT.UNDERLINE_SQUIGGLE;
			style.underlineColor = colours.source();
		}
		return style;
	}

}
