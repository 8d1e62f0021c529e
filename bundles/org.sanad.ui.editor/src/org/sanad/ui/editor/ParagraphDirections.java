package org.sanad.ui.editor;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BidiSegmentEvent;
import org.eclipse.swt.custom.BidiSegmentListener;
import org.eclipse.swt.custom.StyledText;
import org.sanad.editing.text.ParagraphDirection;

/**
 * Lays each line out in the direction of its first strong character, whatever the widget's: a
 * line against the widget's direction is embedded (LRE or RLE ... PDF) for display only. The
 * characters are the widget's segment characters, not the text's, so offsets do not move.
 * {@code text.addBidiSegmentListener(new ParagraphDirections(text))}.
 */
public final class ParagraphDirections implements BidiSegmentListener {

	private static final char LRE = '\u202A';
	private static final char RLE = '\u202B';
	private static final char PDF = '\u202C';

	private final StyledText text;

	/** @param text the widget whose lines it lays out */
	public ParagraphDirections(StyledText text) {
		this.text = text;
	}

	@Override
	public void lineGetSegments(BidiSegmentEvent event) {
		ParagraphDirection direction = ParagraphDirection.of(event.lineText);
		boolean widgetRightToLeft = (text.getOrientation() & SWT.RIGHT_TO_LEFT) != 0;
		if (direction == ParagraphDirection.NEUTRAL
				|| (direction == ParagraphDirection.RIGHT_TO_LEFT) == widgetRightToLeft) {
			return;
		}
		event.segments = new int[] { 0, event.lineText.length() };
		event.segmentsChars = new char[] { direction == ParagraphDirection.LEFT_TO_RIGHT ? LRE : RLE, PDF };
	}
}
