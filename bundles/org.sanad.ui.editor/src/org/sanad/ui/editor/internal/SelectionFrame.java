package org.sanad.ui.editor.internal;

import java.util.function.BiConsumer;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.sanad.editing.Mark;
import org.sanad.model.Annotation;
import org.sanad.model.EntityMention;
import org.sanad.model.Stance;

/**
 * Draws the selected annotation as a frame over the text (its claims, for a source, dashed), for
 * the {@link AnnotationPainter}. Selecting costs a repaint of the old and the new annotation's
 * lines, never a layout.
 */
final class SelectionFrame {

	private static final int WIDTH = 2;

	private final TextBoxes boxes;
	private final Supplier<Colours> colours;
	private final BiConsumer<Integer, Integer> repaint;
	private Annotation selected;

	SelectionFrame(TextBoxes boxes, Supplier<Colours> colours, BiConsumer<Integer, Integer> repaint) {
		this.boxes = boxes;
		this.colours = colours;
		this.repaint = repaint;
	}

	/** Moves the frame: the lines of the old and of the new selection are repainted. */
	void select(Annotation annotation) {
		if (annotation == selected) {
			return;
		}
		repaint(selected);
		selected = annotation;
		repaint(annotation);
	}

	private void repaint(Annotation annotation) {
		if (annotation != null) {
			for (Mark mark : Mark.of(annotation)) {
				repaint.accept(mark.begin(), mark.end());
			}
		}
	}

	void paint(GC gc, Rectangle area) {
		if (selected == null) {
			return;
		}
		gc.setAntialias(SWT.ON);
		for (Mark mark : Mark.of(selected)) {
			gc.setForeground(colour(mark));
			gc.setLineWidth(mark.kind() == Mark.Kind.CLAIM ? 1 : WIDTH);
			gc.setLineStyle(mark.kind() == Mark.Kind.CLAIM ? SWT.LINE_DASH : SWT.LINE_SOLID);
			for (Rectangle box : boxes.of(mark.begin(), mark.end())) {
				if (box.intersects(area)) {
					gc.drawRoundRectangle(box.x - WIDTH, box.y, box.width + 2 * WIDTH - 1, box.height - 1, 6, 6);
				}
			}
		}
		gc.setAntialias(SWT.DEFAULT);
		gc.setLineStyle(SWT.LINE_SOLID);
	}

	private Color colour(Mark mark) {
		Colours c = colours.get();
		return switch (mark.kind()) {
		case ENTITY -> c.label(((EntityMention) mark.annotation()).getLabel());
		case SOURCE, CLAIM -> c.source();
		case STANCE -> {
			Stance stance = (Stance) mark.annotation();
			yield c.polarity(stance.isSetPolarity() ? stance.getPolarity() : null);
		}
		};
	}
}
