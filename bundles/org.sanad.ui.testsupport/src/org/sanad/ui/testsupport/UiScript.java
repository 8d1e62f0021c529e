package org.sanad.ui.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Drives the workbench like a user, for the workflow test: keys and clicks go through the X server
 * ({@link Display#post}), widgets are found by their {@code org.sanad.widget} data. One command per
 * line; {@code #} starts a comment:
 *
 * <pre>
 * await KEY                 wait until a visible widget with this key exists (20 s)
 * open-item KEY TEXT        select the tree item with this text (waiting for it, 20 s) and press Enter on it
 * open-row KEY TEXT         select the first table row with a cell of this text and press Enter on it
 * type KEY TEXT             put TEXT (to the end of the line) in a combo box or text field, focused
 * select KEY WORD [N]       select the N-th (1-based) occurrence of WORD in a text widget; WORD ends at a blank
 * select-inside KEY WORD    select the middle of WORD only (to show snapping)
 * focus KEY                 give the widget the keyboard focus
 * key SPEC                  press a key: a character, or ctrl+z, ctrl+shift+z, tab, escape, enter, delete
 * click KEY                 click the middle of a widget with the mouse
 * click-opening KEY         click a button that opens a dialog: later, from the event loop, so the
 *                           script goes on inside the dialog (as for command)
 * choose KEY INDEX          choose an entry of a combo box
 * choose-text KEY TEXT      choose the first entry of a combo box that starts with TEXT
 * check KEY                 tick a check box (a click on it)
 * command ID                run the e4 command with this id, as its menu item does (a dialog it opens
 *                           keeps the script running: widgets in dialogs are found too)
 * await-text KEY TEXT       wait until a label or text field shows a text that contains TEXT (60 s)
 * mark FILE                 write an empty FILE into the script's folder (for a test waiting outside)
 * await-file FILE           wait until FILE exists in the script's folder (60 s): a test outside did its part
 * pause MILLIS              let the workbench settle
 * screenshot FILE           save the window as PNG
 * screenshot-dialog FILE    save the frontmost dialog as PNG
 * report FILE               write the window title, the texts of trees, tables and labels with keys
 * quit                      close the workbench
 * </pre>
 */
final class UiScript {

	private static final String KEY = org.sanad.ui.WorkbenchIds.WIDGET_KEY;
	private static final int STEP_MILLIS = 250;
	private static final int AWAIT_MILLIS = 20_000;

	private final Shell shell;
	private final Path folder;
	private final List<String> lines;
	private final Runnable quit;
	private final java.util.function.Consumer<String> commands;
	private int next;
	private long awaitingSince = -1;

	UiScript(Shell shell, Path script, Runnable quit, java.util.function.Consumer<String> commands) throws IOException {
		this.commands = commands;
		this.shell = shell;
		this.folder = script.toAbsolutePath().getParent();
		this.lines = new ArrayList<>();
		for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
			if (!line.isBlank() && !line.strip().startsWith("#")) {
				lines.add(line.strip());
			}
		}
		this.quit = quit;
	}

	void start() {
		shell.forceActive();
		shell.getDisplay().timerExec(STEP_MILLIS, this::step);
	}

	private void step() {
		if (shell.isDisposed()) {
			return;
		}
		if (next >= lines.size()) {
			quit.run();
			return;
		}
		String line = lines.get(next);
		try {
			boolean done = run(line.split("\\s+"));
			if (done) {
				next++;
				awaitingSince = -1;
			}
		} catch (RuntimeException e) {
			fail(line, e.toString());
			return;
		}
		shell.getDisplay().timerExec(STEP_MILLIS, this::step);
	}

	private void fail(String line, String why) {
		try {
			SelfCheckAddon.screenshot(shell, folder.resolve("script-failed.png"));
			Files.writeString(folder.resolve("script-failed.txt"), "line: " + line + "\n" + why + "\n");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		quit.run();
	}

	/** @return whether the command is done; {@code false} to try it again at the next step */
	private boolean run(String[] w) {
		switch (w[0]) {
		case "await" -> {
			return find(w[1]) != null || waiting("no widget " + w[1] + " appeared");
		}
		case "open-item" -> {
			if (!openItem((Tree) require(w[1]), rest(w, 2))) {
				return waiting("no item '" + rest(w, 2) + "' in the tree");
			}
		}
		case "open-row" -> openRow((Table) require(w[1]), rest(w, 2));
		case "select-item" -> {
			Tree tree = (Tree) require(w[1]);
			TreeItem item = findItem(tree, tree.getItems(), rest(w, 2));
			if (item == null) {
				return waiting("no item '" + rest(w, 2) + "' in the tree");
			}
			tree.setSelection(item);
			Event event = new Event();
			event.item = item;
			tree.notifyListeners(SWT.Selection, event);
		}
		case "select-row" -> selectRow((Table) require(w[1]), rest(w, 2));
		case "tab" -> {
			org.eclipse.swt.widgets.TabFolder tabs = (org.eclipse.swt.widgets.TabFolder) require(w[1]);
			org.eclipse.swt.widgets.TabItem item = java.util.Arrays.stream(tabs.getItems())
					.filter(t -> t.getText().equals(rest(w, 2))).findFirst()
					.orElseThrow(() -> new IllegalStateException("no tab '" + rest(w, 2) + "' in " + w[1]));
			tabs.setSelection(item);
			Event event = new Event();
			event.item = item;
			tabs.notifyListeners(SWT.Selection, event);
		}
		case "drop" -> {
			// later, as for a command: the import dialog a drop opens runs its own loop
			Control target = require(w[1]);
			shell.getDisplay().asyncExec(() -> drop(target, w[2], rest(w, 3)));
		}
		case "type" -> type(require(w[1]), rest(w, 2));
		case "select" -> select((StyledText) require(w[1]), w[2], w.length > 3 ? Integer.parseInt(w[3]) : 1, false);
		case "select-inside" -> select((StyledText) require(w[1]), w[2], 1, true);
		case "focus" -> require(w[1]).setFocus();
		case "key" -> key(w[1]);
		case "click" -> click(require(w[1]));
		case "click-opening" -> {
			Control button = require(w[1]);
			shell.getDisplay().asyncExec(() -> click(button));
		}
		case "choose" -> {
			Combo combo = (Combo) require(w[1]);
			combo.select(Integer.parseInt(w[2]));
			combo.notifyListeners(SWT.Selection, new Event());
		}
		case "choose-text" -> {
			Combo combo = (Combo) require(w[1]);
			String text = rest(w, 2);
			int index = java.util.Arrays.asList(combo.getItems()).stream().filter(i -> i.startsWith(text)).findFirst()
					.map(i -> combo.indexOf(i)).orElseThrow(() -> new IllegalStateException("no entry '" + text + "' in " + w[1]));
			combo.select(index);
			combo.notifyListeners(SWT.Selection, new Event());
		}
		case "check" -> {
			Button box = (Button) require(w[1]);
			box.setSelection(!box.getSelection());
			box.notifyListeners(SWT.Selection, new Event());
		}
		case "command" -> {
			// Later, from the event loop: a modal dialog the command opens runs its own loop, which
			// keeps this script's steps coming.
			String id = w[1];
			shell.getDisplay().asyncExec(() -> commands.accept(id));
		}
		case "await-text" -> {
			Control control = find(w[1]);
			String shown = control instanceof Label label ? label.getText()
					: control instanceof org.eclipse.swt.widgets.Text text ? text.getText() : null;
			if (shown == null || !shown.contains(rest(w, 2))) {
				return waitingLong("'" + w[1] + "' did not show '" + rest(w, 2) + "' but '" + shown + "'");
			}
		}
		case "mark" -> {
			try {
				Files.writeString(folder.resolve(w[1]), "");
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		case "await-file" -> {
			if (!Files.exists(folder.resolve(w[1]))) {
				return waitingLong("no file " + w[1] + " appeared");
			}
		}
		case "pause" -> sleepInLoop(Integer.parseInt(w[1]));
		case "screenshot" -> SelfCheckAddon.screenshot(shell, folder.resolve(w[1]));
		case "screenshot-dialog" -> SelfCheckAddon.screenshot(frontDialog(), folder.resolve(w[1]));
		case "report" -> report(folder.resolve(w[1]));
		case "quit" -> next = lines.size() - 1;
		default -> throw new IllegalArgumentException("unknown command " + w[0]);
		}
		return true;
	}

	/** Like {@link #waiting(String)}, for work that may take a minute (an export). */
	private boolean waitingLong(String failure) {
		if (awaitingSince < 0) {
			awaitingSince = System.currentTimeMillis();
		} else if (System.currentTimeMillis() - awaitingSince > 3 * AWAIT_MILLIS) {
			throw new IllegalStateException(failure);
		}
		return false;
	}

	/** @return the dialog in front of the window, or the window when none is open */
	private Shell frontDialog() {
		Shell[] dialogs = shell.getShells();
		for (int i = dialogs.length - 1; i >= 0; i--) {
			if (!dialogs[i].isDisposed() && dialogs[i].isVisible()) {
				return dialogs[i];
			}
		}
		return shell;
	}

	/** @return {@code false} (try again at the next step) until the wait is too long, then fails */
	private boolean waiting(String failure) {
		if (awaitingSince < 0) {
			awaitingSince = System.currentTimeMillis();
		} else if (System.currentTimeMillis() - awaitingSince > AWAIT_MILLIS) {
			throw new IllegalStateException(failure);
		}
		return false;
	}

	private static String rest(String[] words, int from) {
		return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
	}

	/** @return whether the item was there (the tree may still be loading) */
	private boolean openItem(Tree tree, String text) {
		TreeItem item = findItem(tree, tree.getItems(), text);
		if (item == null) {
			return false;
		}
		tree.setSelection(item);
		tree.setFocus();
		key("enter");
		return true;
	}

	private void openRow(Table table, String text) {
		for (TableItem item : table.getItems()) {
			for (int c = 0; c < Math.max(1, table.getColumnCount()); c++) {
				if (item.getText(c).equals(text)) {
					table.setSelection(item);
					table.setFocus();
					key("enter");
					return;
				}
			}
		}
		throw new IllegalStateException("no row '" + text + "' in the table");
	}

	private static void selectRow(Table table, String text) {
		for (TableItem item : table.getItems()) {
			if (item.getText(0).equals(text)) {
				table.setSelection(item);
				Event event = new Event();
				event.item = item;
				table.notifyListeners(SWT.Selection, event);
				return;
			}
		}
		throw new IllegalStateException("no row '" + text + "' in the table");
	}

	/** Drops a path onto an item as a drag from the desktop would: through the drop action the control keeps. */
	@SuppressWarnings("unchecked")
	private static void drop(Control control, String path, String itemText) {
		Object action = control.getData(KEY + ".drop");
		if (!(action instanceof java.util.function.BiConsumer<?, ?> consumer)) {
			throw new IllegalStateException(control.getData(KEY) + " takes no drops");
		}
		((java.util.function.BiConsumer<String, List<String>>) consumer).accept(itemText, List.of(path));
	}

	private static void type(Control control, String text) {
		control.setFocus();
		switch (control) {
		case Combo combo -> combo.setText(text);
		case org.eclipse.swt.widgets.Text field -> field.setText(text);
		default -> throw new IllegalArgumentException("cannot type into " + control);
		}
	}

	/**
	 * Looks through the tree as a user would, opening collapsed items and closing again those that
	 * do not hold the item. Opening tells the tree's listeners first, as a click does: JFace makes
	 * the children then; expanding the item alone showed its empty placeholder row.
	 */
	private static TreeItem findItem(Tree tree, TreeItem[] items, String text) {
		for (TreeItem item : items) {
			if (wholeText(item).equals(text)) {
				return item;
			}
			boolean collapsed = !item.getExpanded();
			if (collapsed) {
				setExpanded(tree, item, true);
			}
			TreeItem found = findItem(tree, item.getItems(), text);
			if (found != null) {
				return found;
			}
			if (collapsed) {
				setExpanded(tree, item, false);
			}
		}
		return null;
	}

	/** @return the item's text, whole even where the tree shows it shortened */
	private static String wholeText(TreeItem item) {
		return item.getData(org.sanad.ui.WorkbenchIds.FULL_TEXT) instanceof String whole ? whole : item.getText();
	}

	private static void setExpanded(Tree tree, TreeItem item, boolean expanded) {
		Event event = new Event();
		event.item = item;
		tree.notifyListeners(expanded ? SWT.Expand : SWT.Collapse, event);
		item.setExpanded(expanded);
	}

	private void select(StyledText text, String word, int occurrence, boolean inside) {
		int at = -1;
		for (int i = 0; i < occurrence; i++) {
			at = text.getText().indexOf(word, at + 1);
			if (at < 0) {
				throw new IllegalStateException("'" + word + "' occurs fewer than " + occurrence + " times");
			}
		}
		int begin = inside ? at + 1 : at;
		int end = inside ? at + word.length() - 1 : at + word.length();
		text.setFocus();
		text.setSelection(begin, end);
		text.showSelection();
	}

	private void key(String spec) {
		Display display = shell.getDisplay();
		List<Integer> modifiers = new ArrayList<>();
		String[] parts = spec.toLowerCase(java.util.Locale.ROOT).split("\\+");
		for (int i = 0; i < parts.length - 1; i++) {
			modifiers.add(switch (parts[i]) {
			case "ctrl" -> SWT.CTRL;
			case "shift" -> SWT.SHIFT;
			case "alt" -> SWT.ALT;
			default -> throw new IllegalArgumentException("unknown modifier " + parts[i]);
			});
		}
		String last = spec.substring(spec.lastIndexOf('+') + 1);
		if (spec.endsWith("++")) {
			last = "+";
		}
		for (int m : modifiers) {
			post(display, SWT.KeyDown, m, '\0');
		}
		switch (last.toLowerCase(java.util.Locale.ROOT)) {
		case "enter" -> press(display, SWT.CR, SWT.CR);
		case "tab" -> press(display, SWT.TAB, SWT.TAB);
		case "escape" -> press(display, SWT.ESC, SWT.ESC);
		case "delete" -> press(display, SWT.DEL, (char) 127);
		default -> press(display, 0, last.charAt(0));
		}
		for (int i = modifiers.size() - 1; i >= 0; i--) {
			post(display, SWT.KeyUp, modifiers.get(i), '\0');
		}
		sleepInLoop(STEP_MILLIS);
	}

	private static void press(Display display, int keyCode, char character) {
		post(display, SWT.KeyDown, keyCode, character);
		post(display, SWT.KeyUp, keyCode, character);
	}

	private static void post(Display display, int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		if (!display.post(event)) {
			throw new IllegalStateException("the display refused a key event");
		}
	}

	private void click(Control control) {
		for (Composite up = control.getParent(); up != null; up = up.getParent()) {
			if (up instanceof org.eclipse.swt.custom.ScrolledComposite scroll) {
				scroll.showControl(control); // a user scrolls to what they click
				break;
			}
		}
		Rectangle bounds = control.getBounds();
		Point centre = control.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
		Display display = shell.getDisplay();
		Event move = new Event();
		move.type = SWT.MouseMove;
		move.x = centre.x;
		move.y = centre.y;
		display.post(move);
		sleepInLoop(100);
		for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
			Event e = new Event();
			e.type = type;
			e.button = 1;
			display.post(e);
		}
		sleepInLoop(STEP_MILLIS);
	}

	private void sleepInLoop(int millis) {
		Display display = shell.getDisplay();
		long until = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < until) {
			if (!display.readAndDispatch()) {
				try {
					Thread.sleep(10);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private Control require(String key) {
		Control control = find(key);
		if (control == null) {
			throw new IllegalStateException("no visible widget " + key);
		}
		return control;
	}

	/** Looks in the dialogs in front first, then in the window. */
	private Control find(String key) {
		Shell[] dialogs = shell.getShells();
		for (int i = dialogs.length - 1; i >= 0; i--) {
			Control found = find(dialogs[i], key);
			if (found != null) {
				return found;
			}
		}
		return find(shell, key);
	}

	private static Control find(Control control, String key) {
		if (control.isDisposed() || !control.isVisible()) {
			return null;
		}
		if (key.equals(control.getData(KEY))) {
			return control;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				Control found = find(child, key);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private void report(Path file) {
		Properties report = new Properties();
		report.setProperty("window.title", shell.getText());
		collect(shell, report);
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			report.store(out, "Sanad UI script report");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void collect(Control control, Properties report) {
		if (control.isDisposed()) {
			return;
		}
		Object key = control.getData(KEY);
		if (key != null && control.isVisible()) {
			String value = switch (control) {
			case Tree tree -> treeTexts(tree.getItems(), new StringBuilder()).toString();
			case Table table -> tableTexts(table);
			case Label label -> label.getText();
			case Combo combo -> combo.getText();
			case org.eclipse.swt.widgets.List list -> String.join("\n", list.getItems());
			case Button button -> button.getText();
			case StyledText text -> text.getSelectionText();
			case org.eclipse.swt.widgets.Text text -> text.getText();
			case org.eclipse.swt.widgets.ToolBar bar -> java.util.Arrays.stream(bar.getItems())
					.map(org.eclipse.swt.widgets.ToolItem::getText).collect(java.util.stream.Collectors.joining(" | "));
			default -> "";
			};
			report.setProperty(key.toString(), value);
			if (control instanceof Tree tree && tree.getColumnCount() > 3) {
				report.setProperty(key + ".columns", allColumns(tree.getItems(), new StringBuilder()).toString());
			}
			for (String timing : new String[] { "sanad.bench.openMillis", "sanad.bench.loadMillis",
					"sanad.bench.keyMillis", "sanad.bench.keyCpuMillis", "sanad.bench.keyPaintedCpuMillis",
					"sanad.bench.curationOpenMillis", "sanad.bench.curationLoadMillis" }) {
				if (control.getData(timing) != null) {
					report.setProperty(timing, control.getData(timing).toString());
				}
			}
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, report);
			}
		}
	}

	/**
	 * The rows a user sees: a collapsed item's children are left out, since JFace gives a collapsed
	 * item with children an empty placeholder child until it is expanded.
	 */
	/** Every column of the expanded rows, for trees with more than the three {@link #treeTexts} reports. */
	private static StringBuilder allColumns(TreeItem[] items, StringBuilder texts) {
		for (TreeItem item : items) {
			texts.append(wholeText(item));
			for (int column = 1; column < item.getParent().getColumnCount(); column++) {
				texts.append(" | ").append(item.getText(column));
			}
			texts.append('\n');
			if (item.getExpanded()) {
				allColumns(item.getItems(), texts);
			}
		}
		return texts;
	}

	private static StringBuilder treeTexts(TreeItem[] items, StringBuilder texts) {
		for (TreeItem item : items) {
			texts.append(wholeText(item)).append(" | ").append(item.getText(1)).append(" | ").append(item.getText(2))
					.append('\n');
			if (item.getExpanded()) {
				treeTexts(item.getItems(), texts);
			}
		}
		return texts;
	}

	private static String tableTexts(Table table) {
		StringBuilder texts = new StringBuilder();
		for (TableItem item : table.getItems()) {
			for (int c = 0; c < Math.max(1, table.getColumnCount()); c++) {
				texts.append(item.getText(c)).append(c + 1 < table.getColumnCount() ? " | " : "\n");
			}
		}
		return texts.toString();
	}
}
