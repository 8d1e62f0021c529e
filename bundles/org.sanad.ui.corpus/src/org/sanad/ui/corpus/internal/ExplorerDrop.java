package org.sanad.ui.corpus.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.TreeItem;
import org.sanad.ui.WorkbenchIds;

/**
 * Files and folders dragged from the desktop onto the explorer: dropped onto a project (or one of
 * its documents), they go to that project's import. The tree also keeps the drop action under
 * {@link #DROP_KEY}, so that UI scripts can drop without a desktop to drag from.
 */
final class ExplorerDrop extends DropTargetAdapter {

	/** Tree data key: a {@code BiConsumer<String, List<String>>} that drops paths onto the item with that text. */
	static final String DROP_KEY = WorkbenchIds.WIDGET_KEY + ".drop";

	private final TreeViewer viewer;
	private final BiConsumer<Object, List<Path>> dropped;

	ExplorerDrop(TreeViewer viewer, BiConsumer<Object, List<Path>> dropped) {
		this.viewer = viewer;
		this.dropped = dropped;
		DropTarget target = new DropTarget(viewer.getTree(), DND.DROP_COPY | DND.DROP_DEFAULT);
		target.setTransfer(new Transfer[] { FileTransfer.getInstance() });
		target.addDropListener(this);
		BiConsumer<String, List<String>> scripted = (itemText, paths) -> dropped.accept(element(itemText),
				paths.stream().map(Path::of).toList());
		viewer.getTree().setData(DROP_KEY, scripted);
	}

	@Override
	public void dragEnter(DropTargetEvent event) {
		event.detail = DND.DROP_COPY;
	}

	@Override
	public void dragOver(DropTargetEvent event) {
		event.detail = event.item == null ? DND.DROP_NONE : DND.DROP_COPY;
		event.feedback = DND.FEEDBACK_SELECT | DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND;
	}

	@Override
	public void drop(DropTargetEvent event) {
		if (event.data instanceof String[] files && event.item instanceof TreeItem item) {
			Object target = item.getData();
			List<Path> paths = Arrays.stream(files).map(Path::of).toList();
			// after the drop has ended: the import dialog runs its own loop, which must not hold up
			// the desktop's drag source
			viewer.getControl().getDisplay().asyncExec(() -> dropped.accept(target, paths));
		}
	}

	private Object element(String itemText) {
		for (TreeItem item : viewer.getTree().getItems()) {
			if (item.getText().equals(itemText)) {
				return item.getData();
			}
		}
		return null;
	}
}
