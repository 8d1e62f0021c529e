package org.sanad.ui.editor.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.sanad.editing.AnnotationActions;
import org.sanad.editing.EditRefusedException;
import org.sanad.model.Label;

/**
 * The entity labels of the schema as buttons above the text, for the mouse: a click labels the
 * selection like the label's key does. Each button names its key.
 */
final class LabelPalette {

	private final ToolBar bar;

	LabelPalette(Composite parent, AnnotationActions actions, java.util.function.Supplier<StyledText> text,
			java.util.function.Consumer<String> status) {
		bar = new ToolBar(parent, SWT.FLAT | SWT.WRAP | SWT.RIGHT);
		bar.setData(DocumentStancePanel.WIDGET_KEY, "editor.palette");
		for (Label label : actions.entityLabels()) {
			ToolItem item = new ToolItem(bar, SWT.PUSH);
			item.setText(label.getKey() == null ? label.getName() : label.getKey() + " " + label.getName());
			item.setToolTipText(label.getDescription());
			item.setData(DocumentStancePanel.WIDGET_KEY, "palette." + label.getName());
			item.addListener(SWT.Selection, e -> {
				StyledText widget = text.get();
				Point selection = widget.getSelection();
				int begin = selection.x == selection.y ? widget.getCaretOffset() : selection.x;
				int end = selection.x == selection.y ? begin : selection.y;
				try {
					var mention = actions.labelEntity(begin, end, label.getName());
					widget.setSelection(widget.getCaretOffset());
					status.accept(mention == null ? "Removed " + label.getName() : "Labelled " + label.getName());
				} catch (EditRefusedException refused) {
					status.accept(refused.getMessage());
				}
				widget.setFocus();
			});
		}
	}

	Control control() {
		return bar;
	}
}
