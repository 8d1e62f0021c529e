package org.sanad.ui.search.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.graphics.TextLayout;
import org.eclipse.swt.graphics.TextStyle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.sanad.search.SearchHit;
import org.sanad.search.TextMatch;

/**
 * Draws a result's snippet in its table column with a {@link TextLayout}: right to left when the
 * snippet's first strong letter is, so that Arabic reads in order, and the matches on a coloured
 * background (colours only: a bold face would break the joining of letters).
 */
final class SnippetPainter implements Listener {

	private final Table table;
	private final int column;
	private final Color highlight;

	SnippetPainter(Table table, int column) {
		this.table = table;
		this.column = column;
		this.highlight = new Color(255, 226, 120);
		table.addListener(SWT.EraseItem, this);
		table.addListener(SWT.PaintItem, this);
	}

	@Override
	public void handleEvent(Event e) {
		if (e.index != column || !(e.item.getData() instanceof SearchHit hit)) {
			return;
		}
		if (e.type == SWT.EraseItem) {
			e.detail &= ~SWT.FOREGROUND; // the text is drawn here
			return;
		}
		TableItem item = (TableItem) e.item;
		Rectangle cell = item.getBounds(column);
		TextLayout layout = new TextLayout(table.getDisplay());
		try {
			String snippet = hit.snippet().strip().isEmpty() ? "" : hit.snippet();
			layout.setText(snippet);
			layout.setFont(table.getFont());
			boolean rightToLeft = isRightToLeft(snippet);
			layout.setOrientation(rightToLeft ? SWT.RIGHT_TO_LEFT : SWT.LEFT_TO_RIGHT);
			List<TextMatch> matches = hit.snippetMatches();
			for (TextMatch m : matches) {
				TextStyle style = new TextStyle(null, null, highlight);
				layout.setStyle(style, m.begin(), m.end() - 1);
			}
			int width = layout.getBounds().width;
			int x = rightToLeft ? cell.x + cell.width - width - 4 : cell.x + 4;
			if (!matches.isEmpty()) {
				x += intoView(layout.getBounds(matches.get(0).begin(), matches.get(0).end() - 1), x, cell);
			}
			int y = cell.y + Math.max(0, (cell.height - layout.getBounds().height) / 2);
			e.gc.setClipping(cell);
			layout.draw(e.gc, x, y);
		} finally {
			layout.dispose();
		}
	}

	/** @return how far to move the text so that the first match is in the cell, with room around it */
	private static int intoView(Rectangle match, int x, Rectangle cell) {
		int margin = Math.min(60, cell.width / 4);
		int left = x + match.x;
		int right = left + match.width;
		if (left < cell.x + 4) {
			return cell.x + margin - left;
		}
		if (right > cell.x + cell.width - 4) {
			return cell.x + cell.width - margin - right;
		}
		return 0;
	}

	/** @return whether the first letter with a direction is a right-to-left one */
	static boolean isRightToLeft(String text) {
		for (int i = 0; i < text.length(); i++) {
			byte d = Character.getDirectionality(text.charAt(i));
			if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
				return true;
			}
			if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
				return false;
			}
		}
		return false;
	}
}
