package org.sanad.ui.curation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.swt.custom.LineStyleEvent;
import org.eclipse.swt.custom.LineStyleListener;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.sanad.curation.CurationUnit;

/**
 * Colours the spans of a document's units, line by line as the text widget asks: a disagreement
 * still open in orange, a unit all annotators agree on in green, a settled one (in the gold set or
 * decided) in blue, the selected unit in a stronger blue. Only background colours: Arabic letters
 * stay joined across them.
 */
final class UnitStyler implements LineStyleListener {

	enum Look {
		OPEN, AGREED, SETTLED
	}

	private record Span(int begin, int end, Look look, String key) {
	}

	private final Color open;
	private final Color agreed;
	private final Color settled;
	private final Color selected;
	private Span[] spans = new Span[0];
	private int longest;
	private String selectedKey;

	UnitStyler(Display display) {
		open = new Color(display, new RGB(0xff, 0xd5, 0x99));
		agreed = new Color(display, new RGB(0xd4, 0xf0, 0xd0));
		settled = new Color(display, new RGB(0xd6, 0xe4, 0xff));
		selected = new Color(display, new RGB(0x9c, 0xc0, 0xff));
	}

	/** Takes the units to show; stances without evidence have no span and are not coloured. */
	void setUnits(List<CurationUnit> units, List<String> annotators) {
		List<Span> list = new ArrayList<>();
		for (CurationUnit u : units) {
			if (u.begin() >= 0 && u.end() > u.begin()) {
				Look look = u.settled() ? Look.SETTLED : u.agreed(annotators) ? Look.AGREED : Look.OPEN;
				list.add(new Span(u.begin(), u.end(), look, u.key()));
			}
		}
		list.sort(Comparator.comparingInt(Span::begin));
		spans = list.toArray(Span[]::new);
		longest = list.stream().mapToInt(s -> s.end() - s.begin()).max().orElse(0);
	}

	void select(String key) {
		selectedKey = key;
	}

	@Override
	public void lineGetStyle(LineStyleEvent event) {
		int lineBegin = event.lineOffset;
		int lineEnd = lineBegin + event.lineText.length();
		Color[] looks = new Color[lineEnd - lineBegin];
		for (int i = first(lineBegin - longest); i < spans.length && spans[i].begin() < lineEnd; i++) {
			Span s = spans[i];
			if (s.end() <= lineBegin) {
				continue;
			}
			Color colour = s.key().equals(selectedKey) ? selected
					: s.look() == Look.OPEN ? open : s.look() == Look.AGREED ? agreed : settled;
			for (int c = Math.max(lineBegin, s.begin()); c < Math.min(lineEnd, s.end()); c++) {
				// an open disagreement shows through what overlaps it; the selection over everything
				Color had = looks[c - lineBegin];
				if (had == null || had != selected && (colour == selected || colour == open)) {
					looks[c - lineBegin] = colour;
				}
			}
		}
		List<StyleRange> ranges = new ArrayList<>();
		for (int c = 0; c < looks.length; c++) {
			if (looks[c] == null) {
				continue;
			}
			int from = c;
			while (c + 1 < looks.length && looks[c + 1] == looks[from]) {
				c++;
			}
			StyleRange range = new StyleRange();
			range.start = lineBegin + from;
			range.length = c - from + 1;
			range.background = looks[from];
			ranges.add(range);
		}
		event.styles = ranges.toArray(StyleRange[]::new);
	}

	private int first(int begin) {
		int index = Arrays.binarySearch(spans, new Span(begin, begin, Look.OPEN, ""),
				Comparator.comparingInt(Span::begin));
		if (index < 0) {
			return -index - 1;
		}
		while (index > 0 && spans[index - 1].begin() == begin) {
			index--;
		}
		return index;
	}

	void dispose() {
		open.dispose();
		agreed.dispose();
		settled.dispose();
		selected.dispose();
	}
}
