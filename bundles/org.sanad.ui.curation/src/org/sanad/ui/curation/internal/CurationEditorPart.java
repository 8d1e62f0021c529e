package org.sanad.ui.curation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.sanad.curation.Curation;
import org.sanad.curation.CurationDocument;
import org.sanad.curation.CurationUnit;
import org.sanad.curation.MergeStrategy;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.SanadFactory;
import org.sanad.model.schema.Layers;
import org.sanad.store.ConflictException;
import org.sanad.ui.WorkbenchIds;
import org.sanad.workspace.Workspace;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A document's annotators' sets side by side for curation: the text with every unit coloured
 * (open disagreement, agreed, settled), the units in a table with each annotator's choice, and the
 * decisions: accept an annotator's choice (keys 1-9), reject (R or Delete), annotate the selected
 * text anew (N), each with an optional reason; J and K move between open disagreements. Opening
 * merges what every annotator agrees on, when there are two or more (never over a decision). Every decision is stored at once,
 * off the UI thread; the text shows before the sets are read.
 */
public final class CurationEditorPart {

	/** Persisted-state key of the document this editor curates. */
	public static final String DOCUMENT = "org.sanad.ui.curation.document";
	/** Widget data (on the text) for the curation benchmark: ms from creation to the text's first paint. */
	static final String OPEN_MILLIS = "sanad.bench.curationOpenMillis";
	/** Widget data (on the text): ms from creation until the units are shown. */
	static final String LOAD_MILLIS = "sanad.bench.curationLoadMillis";

	@Inject
	private MPart part;
	@Inject
	private Workspace workspace;
	@Inject
	private UISynchronize sync;

	private String curator;
	private StyledText text;
	private UnitStyler styler;
	private UnitTable table;
	private Label status;
	private Combo filter;
	private Combo reason;
	private Composite buttons;
	private Label history;
	private Font font;
	private CurationDocument document;
	private boolean busy;
	private long started;

	@PostConstruct
	void create(Composite parent, @Optional @Named(WorkbenchIds.ANNOTATOR) String annotator) {
		started = System.nanoTime();
		curator = annotator != null ? annotator : System.getProperty("user.name", "curator");
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		text = new StyledText(sash, SWT.MULTI | SWT.V_SCROLL | SWT.WRAP | SWT.READ_ONLY);
		text.setMargins(16, 12, 16, 12);
		text.setLineSpacing(6);
		text.setData(WorkbenchIds.WIDGET_KEY, "curation.text");
		text.addBidiSegmentListener(new org.sanad.ui.editor.ParagraphDirections(text));
		FontData base = text.getFont().getFontData()[0];
		font = new Font(text.getDisplay(), base.getName(), 14, SWT.NORMAL);
		text.setFont(font);
		styler = new UnitStyler(text.getDisplay());
		text.addLineStyleListener(styler);
		Composite side = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(6, 6).spacing(4, 6).applyTo(side);
		status = new Label(side, SWT.WRAP);
		status.setText("Opening the document…");
		status.setData(WorkbenchIds.WIDGET_KEY, "curation.status");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		filter = new Combo(side, SWT.READ_ONLY);
		filter.setItems("Disagreements left", "All units");
		filter.select(0);
		filter.setData(WorkbenchIds.WIDGET_KEY, "curation.filter");
		filter.addListener(SWT.Selection, e -> refresh(null));
		table = new UnitTable(side);
		GridDataFactory.fillDefaults().grab(true, true).hint(400, 200).applyTo(table.control());
		table.control().addListener(SWT.Selection, e -> selected());
		table.control().addListener(SWT.DefaultSelection, e -> selected());
		history = new Label(side, SWT.WRAP);
		history.setData(WorkbenchIds.WIDGET_KEY, "curation.history");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(history);
		new Label(side, SWT.NONE).setText("Reason (optional):");
		reason = new Combo(side, SWT.DROP_DOWN);
		reason.setItems(Curation.REASONS.toArray(String[]::new));
		reason.setData(WorkbenchIds.WIDGET_KEY, "curation.reason");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(reason);
		buttons = new Composite(side, SWT.NONE);
		org.eclipse.swt.layout.RowLayout rows = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
		rows.wrap = true;
		rows.marginLeft = 0;
		rows.marginRight = 0;
		buttons.setLayout(rows);
		// wrapping needs a width hint, or the row asks for all buttons on one line
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(buttons);
		sash.setWeights(55, 45);
		table.control().addListener(SWT.KeyDown, this::key);
		text.addListener(SWT.KeyDown, this::key);
		open(part.getPersistedState().get(DOCUMENT));
	}

	private void open(String documentId) {
		Job.create("Opening for curation", monitor -> {
			try {
				Document d = workspace.store().document(documentId)
						.orElseThrow(() -> new IllegalArgumentException("no document " + documentId));
				sync.asyncExec(() -> showText(d));
				CurationDocument opened = CurationDocument.open(workspace.store(), documentId);
				List<String> reasons = workspace.store().project(d.getProjectId()).map(Curation::reasons)
						.orElse(Curation.REASONS);
				// what every annotator agrees on is in the gold set before the curator starts; one
				// annotator alone agrees with nobody
				if (opened.annotators().size() >= 2) {
					opened.merge(MergeStrategy.UNANIMOUS, curator);
				}
				sync.asyncExec(() -> {
					if (!reason.isDisposed()) {
						reason.setItems(reasons.toArray(String[]::new));
					}
					attach(opened);
				});
			} catch (RuntimeException e) {
				sync.asyncExec(() -> say("This document cannot be curated: " + e.getMessage()));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private void showText(Document d) {
		if (text.isDisposed()) {
			return;
		}
		part.setLabel("Curate: " + (d.getTitle() == null || d.getTitle().isBlank() ? d.getId() : d.getTitle()));
		part.setTooltip(d.getOrigin());
		text.setOrientation("ar".equals(d.getLanguage()) ? SWT.RIGHT_TO_LEFT : SWT.LEFT_TO_RIGHT);
		text.addListener(SWT.Paint, new org.eclipse.swt.widgets.Listener() {
			@Override
			public void handleEvent(Event e) {
				text.removeListener(SWT.Paint, this);
				text.setData(OPEN_MILLIS, Long.toString((System.nanoTime() - started) / 1_000_000));
			}
		});
		text.setText(d.getText());
	}

	private void attach(CurationDocument opened) {
		if (text.isDisposed()) {
			return;
		}
		document = opened;
		for (var child : buttons.getChildren()) {
			child.dispose();
		}
		List<String> annotators = opened.annotators();
		for (int i = 0; i < annotators.size(); i++) {
			String annotator = annotators.get(i);
			button("Accept " + annotator + (i < 9 ? " (" + (i + 1) + ")" : ""), "curation.accept." + annotator,
					unit -> decide((d, why) -> d.accept(unit.key(), annotator, why, curator)));
		}
		button("Reject (R)", "curation.reject", unit -> decide((d, why) -> d.reject(unit.key(), why, curator)));
		button("Annotate anew (N)", "curation.annotate", unit -> annotateAnew());
		Button finish = new Button(buttons, SWT.PUSH);
		finish.setText("Mark curated");
		finish.setData(WorkbenchIds.WIDGET_KEY, "curation.finish");
		finish.addListener(SWT.Selection, e -> decide((d, why) -> d.finish(curator)));
		buttons.getParent().layout(true, true);
		refresh(null);
		text.setData(LOAD_MILLIS, Long.toString((System.nanoTime() - started) / 1_000_000));
	}

	private void button(String label, String id, Consumer<CurationUnit> action) {
		Button button = new Button(buttons, SWT.PUSH);
		button.setText(label);
		button.setData(WorkbenchIds.WIDGET_KEY, id);
		button.addListener(SWT.Selection, e -> {
			CurationUnit unit = table.selected();
			if (unit == null && !id.equals("curation.annotate")) {
				say("Select a unit in the table first.");
			} else {
				action.accept(unit);
			}
		});
	}

	private String reason() {
		String r = reason.getText().strip();
		return r.isEmpty() ? null : r;
	}

	/**
	 * Runs one decision off the UI thread with the reason typed now, then shows the document as the
	 * store has it.
	 */
	private void decide(BiConsumer<CurationDocument, String> decision) {
		if (busy || document == null) {
			return;
		}
		busy = true;
		String why = reason();
		CurationUnit unit = table.selected();
		String key = unit == null ? null : unit.key();
		int row = table.control().getSelectionIndex();
		CurationDocument doc = document;
		Job.create("Storing a curation decision", monitor -> {
			String problem = null;
			try {
				decision.accept(doc, why);
			} catch (ConflictException e) {
				problem = "Someone else changed the gold set; it is shown again as it is now. " + e.getMessage();
				doc.reload();
			} catch (RuntimeException e) {
				problem = "Not stored: " + e.getMessage();
			}
			String shown = problem;
			sync.asyncExec(() -> {
				busy = false;
				if (!text.isDisposed()) {
					reason.setText("");
					refresh(key);
					if (filter.getSelectionIndex() == 0) {
						table.select("", row);
						selected();
					}
					if (shown != null) {
						say(shown);
					}
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private void refresh(String keepKey) {
		if (document == null) {
			return;
		}
		List<CurationUnit> rows = filter.getSelectionIndex() == 0
				? document.disagreements().stream().filter(u -> !u.settled()).toList()
				: document.units();
		table.show(rows, document.annotators(), document.document().getText());
		if (keepKey != null) {
			table.select(keepKey, 0);
		}
		styler.setUnits(document.units(), document.annotators());
		text.redraw();
		long open = document.disagreements().stream().filter(u -> !u.settled()).count();
		say(document.status().label() + " · " + open + " disagreement" + (open == 1 ? "" : "s") + " left · "
				+ document.units().size() + " units · " + String.join(", ", document.annotators()));
	}

	private void selected() {
		CurationUnit unit = table.selected();
		styler.select(unit == null ? null : unit.key());
		text.redraw();
		history.setText(unit == null || unit.decision() == null ? "" : UnitTable.decision(unit.decision()));
		history.getParent().layout();
		if (unit != null && unit.begin() >= 0) {
			text.setSelection(unit.begin(), unit.end());
			text.showSelection();
			text.setSelection(unit.begin());
		}
	}

	private void key(Event e) {
		if (document == null || (e.stateMask & (SWT.CTRL | SWT.ALT | SWT.COMMAND)) != 0) {
			return;
		}
		CurationUnit unit = table.selected();
		char c = Character.toLowerCase(e.character);
		if (c >= '1' && c <= '9' && unit != null && c - '1' < document.annotators().size()) {
			String annotator = document.annotators().get(c - '1');
			decide((d, why) -> d.accept(unit.key(), annotator, why, curator));
		} else if ((c == 'r' || e.keyCode == SWT.DEL) && unit != null) {
			decide((d, why) -> d.reject(unit.key(), why, curator));
		} else if (c == 'n') {
			annotateAnew();
		} else if (c == 'j' || c == 'k') {
			move(c == 'j' ? 1 : -1);
		} else {
			return;
		}
		e.doit = false;
	}

	private void move(int step) {
		int rows = table.rows().size();
		if (rows > 0) {
			table.control().setSelection(Math.floorMod(table.control().getSelectionIndex() + step, rows));
			selected();
		}
	}

	/** The curator's own entity for the selected text: a label from the project's schema. */
	private void annotateAnew() {
		org.eclipse.swt.graphics.Point selection = text.getSelection();
		if (selection.x == selection.y) {
			say("Select the text to annotate first.");
			return;
		}
		List<String> labels = new ArrayList<>();
		workspace.store().project(document.document().getProjectId()).ifPresent(p -> p.getSchema().getLayers().stream()
				.filter(l -> Layers.ENTITY.equals(l.getId())).forEach(l -> l.getLabels().forEach(x -> labels.add(x.getName()))));
		LabelChoiceDialog dialog = new LabelChoiceDialog(text.getShell(), text.getText(selection.x, selection.y - 1),
				labels);
		if (labels.isEmpty() || dialog.open() != org.eclipse.jface.window.Window.OK || dialog.chosen() == null) {
			return;
		}
		EntityMention mine = SanadFactory.eINSTANCE.createEntityMention();
		mine.setId(org.sanad.model.ids.TimeOrderedIds.next());
		mine.setBegin(selection.x);
		mine.setEnd(selection.y);
		mine.setLabel(dialog.chosen());
		decide((d, why) -> d.annotate(mine, why, curator));
	}

	private void say(String message) {
		if (!status.isDisposed()) {
			status.setText(message);
			status.getParent().layout();
		}
	}

	@Focus
	void focus() {
		table.control().setFocus();
	}

	@PreDestroy
	void dispose() {
		styler.dispose();
		font.dispose();
	}
}
