package org.sanad.ui.editor.internal;

import java.util.ArrayList;
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
import org.sanad.model.Annotation;
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.EntityMention;
import org.sanad.model.Stance;

/**
 * Styles one line at a time, asked by the text widget for the visible lines only. Each piece of
 * the line between two mark boundaries gets: the entity of the highest {@link Lanes lane} (the
 * innermost where spans nest) as background, the one below it or a stance quote as underline, a source as a box, a claim as a wavy line, boilerplate
 * in grey. Only colours change, never the font, so Arabic letters stay joined across annotations.
 *
 * <p>The widget asks for a line's styles several times per repaint (its height, its bounds, the
 * cursor shape over it), so the styles of recent lines are kept until the editor says a range of
 * the text looks different ({@link #forget(int, int)}).
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

	void setColours(Colours colours) {
		this.colours = colours;
		forgetAll();
	}

	/** Drops the kept styles of every line touching [begin, end]: their annotations changed. */
	void forget(int begin, int end) {
		cache.forget(begin, end);
	}

	void forgetAll() {
		cache.forgetAll();
	}

	@Override
	public void lineGetStyle(LineStyleEvent event) {
		int begin = event.lineOffset;
		int end = begin + event.lineText.length();
		event.styles = cache.get(begin, end, () -> styles(begin, end));
	}

	StyleRange[] styles(int lineBegin, int lineEnd) {
		List<Mark> marks = session.marks(lineBegin, lineEnd);
		List<BoilerplateRegion> boilerplate = new ArrayList<>();
		for (BoilerplateRegion r : session.document().getBoilerplate()) {
			if (r.getBegin() < lineEnd && lineBegin < r.getEnd()) {
				boilerplate.add(r);
			}
		}
		if (marks.isEmpty() && boilerplate.isEmpty()) {
			return new StyleRange[0];
		}
		TreeSet<Integer> cuts = new TreeSet<>();
		cuts.add(lineBegin);
		cuts.add(lineEnd);
		for (Mark m : marks) {
			cuts.add(Math.max(lineBegin, m.begin()));
			cuts.add(Math.min(lineEnd, m.end()));
		}
		for (BoilerplateRegion r : boilerplate) {
			cuts.add(Math.max(lineBegin, r.getBegin()));
			cuts.add(Math.min(lineEnd, r.getEnd()));
		}
		Map<Mark, Integer> lanes = entityLanes(marks);
		List<StyleRange> ranges = new ArrayList<>();
		Integer from = cuts.first();
		for (Integer to : cuts.tailSet(from, false)) {
			StyleRange style = piece(from, to, marks, lanes, boilerplate);
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

	private StyleRange piece(int from, int to, List<Mark> marks, Map<Mark, Integer> lanes,
			List<BoilerplateRegion> boilerplate) {
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
		boolean grey = boilerplate.stream().anyMatch(r -> r.getBegin() <= from && to <= r.getEnd());
		if (inner == null && outer == null && source == null && claim == null && stance == null && !grey) {
			return null;
		}
		Annotation selected = session.selected();
		StyleRange style = new StyleRange();
		style.start = from;
		style.length = to - from;
		if (grey) {
			style.foreground = colours.boilerplate();
		}
		if (source != null) {
			style.borderStyle = SWT.BORDER_SOLID;
			style.borderColor = colours.source();
			if (source.annotation() == selected) {
				style.background = colours.sourceLight();
			}
		}
		if (inner != null) {
			String label = ((EntityMention) inner.annotation()).getLabel();
			boolean isSelected = inner.annotation() == selected;
			style.background = isSelected ? colours.label(label) : colours.labelLight(label);
			if (isSelected) {
				style.foreground = colours.white();
			}
		}
		if (stance != null) {
			style.underline = true;
			style.underlineStyle = SWT.UNDERLINE_DOUBLE;
			Stance s = (Stance) stance.annotation();
			style.underlineColor = colours.polarity(s.isSetPolarity() ? s.getPolarity() : null);
			if (s == selected && style.background == null) {
				style.background = colours.color(Colours.light(style.underlineColor.getRGB(), 0.8));
			}
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
