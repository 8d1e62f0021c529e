package org.sanad.ui.search.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sanad.editing.BulkEdit;
import org.sanad.editing.BulkLabeling;
import org.sanad.editing.BulkLabelingException;
import org.sanad.editing.EditRefusedException;
import org.sanad.model.Layer;
import org.sanad.model.Project;
import org.sanad.model.schema.Layers;
import org.sanad.search.CorpusSearch;
import org.sanad.search.QuerySyntaxException;
import org.sanad.search.SearchHit;
import org.sanad.search.SearchResults;
import org.sanad.search.TextMatch;
import org.sanad.ui.SanadTopics;
import org.sanad.ui.WorkbenchIds;
import org.sanad.ui.editor.Editors;
import org.sanad.workspace.Workspace;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Searches a project as the current annotator: a query box with history, results with their
 * matches highlighted in the snippet, facet counts that narrow the query, Enter on a result to
 * open it with the first match selected, and labelling every match by example, undoable as one.
 * Searching, building indexes and labelling run off the UI thread.
 */
public final class SearchPart {

	/** The part's element id. */
	public static final String ID = "org.sanad.ui.search.part.search";

	private static final int LIMIT = 200;
	/** How many documents a labelling by example reaches at most. */
	private static final int BULK_LIMIT = 5000;

	@Inject
	private Workspace workspace;
	@Inject
	private CorpusSearch search;
	@Inject
	private UISynchronize sync;
	@Inject
	private IEventBroker events;
	@Inject
	private EPartService parts;
	@Inject
	private EModelService models;
	@Inject
	private MApplication application;
	@Inject
	@Optional
	private IndexPreparation preparation;

	private String annotator;
	private SearchHistory history;
	private List<Project> projects = List.of();
	private Combo project;
	private Combo query;
	private Label status;
	private Composite indexRow;
	private Label indexTask;
	private ProgressBar indexBar;
	private Table facets;
	private Table results;
	private Combo label;
	private Button apply;
	private Button undo;
	private Label bulkStatus;
	private String lastQuery;
	private Project lastProject;
	private BulkEdit bulk;
	private boolean busy;
	private final Runnable preparationChanged = this::showPreparation;

	@PostConstruct
	void create(Composite parent, @Optional @Named(WorkbenchIds.ANNOTATOR) String who) {
		annotator = who != null ? who : System.getProperty("user.name", "annotator");
		history = new SearchHistory(workspace.dataDirectory());
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(body);
		createQueryRow(body);
		status = keyed(new Label(body, SWT.NONE), "search.status");
		status.setText("Words are found in all their forms; \"quotes\" find a phrase as written;"
				+ " entity:PER, stance:AGAINST, source.reliability:<=C filter on annotations.");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		createIndexRow(body);
		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		createFacets(sash);
		createResults(sash);
		sash.setWeights(27, 73);
		createBulkRow(body);
		if (preparation != null) {
			preparation.addListener(preparationChanged);
			showPreparation();
		}
		loadProjects();
	}

	private static <C extends Control> C keyed(C control, String key) {
		control.setData(WorkbenchIds.WIDGET_KEY, key);
		return control;
	}

	private void createQueryRow(Composite body) {
		Composite row = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		project = keyed(new Combo(row, SWT.READ_ONLY), "search.project");
		project.setToolTipText("The project to search");
		query = keyed(new Combo(row, SWT.DROP_DOWN), "search.query");
		query.setItems(history.queries().toArray(String[]::new));
		query.setToolTipText("Enter searches; the list holds your last queries");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(query);
		query.addListener(SWT.DefaultSelection, e -> run(query.getText()));
		Button go = keyed(new Button(row, SWT.PUSH), "search.go");
		go.setText("Search");
		go.addListener(SWT.Selection, e -> run(query.getText()));
	}

	private void createIndexRow(Composite body) {
		indexRow = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(indexRow);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(indexRow);
		indexTask = keyed(new Label(indexRow, SWT.NONE), "search.index");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(indexTask);
		indexBar = new ProgressBar(indexRow, SWT.HORIZONTAL);
		GridDataFactory.swtDefaults().hint(200, SWT.DEFAULT).applyTo(indexBar);
		Button cancel = new Button(indexRow, SWT.PUSH);
		cancel.setText("Cancel");
		cancel.addListener(SWT.Selection, e -> preparation.cancel());
		setIndexRowVisible(false);
	}

	private void setIndexRowVisible(boolean visible) {
		((org.eclipse.swt.layout.GridData) indexRow.getLayoutData()).exclude = !visible;
		indexRow.setVisible(visible);
		indexRow.getParent().layout(true, true);
	}

	private void createFacets(Composite sash) {
		facets = keyed(new Table(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER), "search.facets");
		facets.setHeaderVisible(true);
		facets.setToolTipText("Enter or a double-click narrows the query to this value");
		for (String name : new String[] { "Facet", "Value", "Docs" }) {
			new TableColumn(facets, SWT.NONE).setText(name);
		}
		facets.getColumn(0).setWidth(80);
		facets.getColumn(1).setWidth(64);
		facets.getColumn(2).setWidth(44);
		facets.addListener(SWT.DefaultSelection, e -> {
			if (e.item != null && e.item.getData() instanceof String filter) {
				String base = lastQuery == null ? "" : lastQuery.strip();
				String narrowed = base.isEmpty() ? filter : base + " AND " + filter;
				query.setText(narrowed);
				run(narrowed);
			}
		});
	}

	private void createResults(Composite sash) {
		results = keyed(new Table(sash, SWT.FULL_SELECTION | SWT.SINGLE | SWT.BORDER), "search.results");
		results.setHeaderVisible(true);
		results.setToolTipText("Enter or a double-click opens the document at its first match");
		String[] names = { "Document", "Matches", "Where" };
		int[] widths = { 180, 70, 560 };
		for (int i = 0; i < names.length; i++) {
			TableColumn column = new TableColumn(results, SWT.NONE);
			column.setText(names[i]);
			column.setWidth(widths[i]);
		}
		new SnippetPainter(results, 2);
		results.addListener(SWT.DefaultSelection, e -> {
			if (e.item != null && e.item.getData() instanceof SearchHit hit) {
				open(hit);
			}
		});
	}

	private void createBulkRow(Composite body) {
		Composite row = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).applyTo(row);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		new Label(row, SWT.NONE).setText("Label every match as");
		label = keyed(new Combo(row, SWT.READ_ONLY), "search.label");
		apply = keyed(new Button(row, SWT.PUSH), "search.apply");
		apply.setText("Apply to all matches");
		apply.setToolTipText("Labels every match of the query in every document found (up to " + BULK_LIMIT
				+ "), as one edit that Undo takes back");
		apply.setEnabled(false);
		apply.addListener(SWT.Selection, e -> labelByExample());
		undo = keyed(new Button(row, SWT.PUSH), "search.undo");
		undo.setText("Undo");
		undo.setEnabled(false);
		undo.addListener(SWT.Selection, e -> undoOrRedo());
		bulkStatus = keyed(new Label(row, SWT.NONE), "search.bulk");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bulkStatus);
	}

	private void loadProjects() {
		Job.create("Loading projects", monitor -> {
			List<Project> loaded = workspace.store().projects();
			sync.asyncExec(() -> {
				if (project.isDisposed()) {
					return;
				}
				projects = loaded;
				project.setItems(loaded.stream().map(Project::getName).toArray(String[]::new));
				int seeds = project.indexOf(Workspace.SEEDS_PROJECT);
				project.select(Math.max(0, seeds));
				project.getParent().layout(true, true);
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private Project selectedProject() {
		int i = project.getSelectionIndex();
		return i < 0 || i >= projects.size() ? null : projects.get(i);
	}

	/** Runs a query off the UI thread and shows what it found. */
	private void run(String text) {
		Project where = selectedProject();
		if (where == null || text == null || text.isBlank() || busy) {
			return;
		}
		String q = text.strip();
		if (preparation != null) {
			preparation.searchedNow();
		}
		history.add(q);
		query.setItems(history.queries().toArray(String[]::new));
		query.setText(q);
		status.setForeground(null);
		status.setText("Searching " + where.getName() + "…");
		Job.create("Searching", monitor -> {
			long started = System.nanoTime();
			try {
				SearchResults found = search.search(where, q, annotator, LIMIT);
				long millis = (System.nanoTime() - started) / 1_000_000;
				sync.asyncExec(() -> show(where, q, found, millis));
			} catch (QuerySyntaxException e) {
				sync.asyncExec(() -> showError(e));
			} catch (RuntimeException e) {
				sync.asyncExec(() -> showFailure(e));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private void show(Project where, String q, SearchResults found, long millis) {
		if (results.isDisposed()) {
			return;
		}
		lastQuery = q;
		lastProject = where;
		results.removeAll();
		for (SearchHit hit : found.hits()) {
			TableItem item = new TableItem(results, SWT.NONE);
			item.setData(hit);
			item.setText(new String[] { hit.title(), Integer.toString(hit.matches().size()), hit.snippet().strip() });
		}
		facets.removeAll();
		found.facets().forEach((field, counts) -> counts.forEach((value, count) -> {
			TableItem item = new TableItem(facets, SWT.NONE);
			item.setData(field + ":" + (value.contains(" ") ? "\"" + value + "\"" : value));
			item.setText(new String[] { facetName(field), value, Long.toString(count) });
		}));
		long shown = found.hits().size();
		status.setText(found.total() + (found.total() == 1 ? " document" : " documents")
				+ (shown < found.total() ? " (the best " + shown + " shown)" : "") + " in " + millis + " ms");
		fillLabels(where);
		apply.setEnabled(found.hits().stream().anyMatch(h -> !h.matches().isEmpty()) && !busy);
	}

	private static String facetName(String field) {
		return switch (field) {
		case SearchResults.ENTITY -> "Entity";
		case SearchResults.STANCE -> "Stance";
		case SearchResults.RELIABILITY -> "Reliability";
		case SearchResults.CREDIBILITY -> "Credibility";
		default -> field;
		};
	}

	private void fillLabels(Project where) {
		String chosen = label.getText();
		List<String> names = new ArrayList<>();
		for (Layer layer : where.getSchema().getLayers()) {
			if (Layers.ENTITY.equals(layer.getId())) {
				layer.getLabels().forEach(l -> names.add(l.getName()));
			}
		}
		label.setItems(names.toArray(String[]::new));
		int keep = names.indexOf(chosen);
		label.select(Math.max(0, keep));
		label.getParent().layout(true, true);
	}

	private void showError(QuerySyntaxException e) {
		if (status.isDisposed()) {
			return;
		}
		status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		status.setText(e.getMessage());
		if (e.column() > 0) {
			int at = Math.min(e.column() - 1, query.getText().length());
			query.setSelection(new Point(at, at));
		}
		query.setFocus();
	}

	private void showFailure(RuntimeException e) {
		if (!status.isDisposed()) {
			status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			status.setText("The search failed: " + e.getMessage());
		}
	}

	private void open(SearchHit hit) {
		if (hit.matches().isEmpty()) {
			Editors.open(parts, models, application, hit.documentId());
		} else {
			TextMatch first = hit.matches().get(0);
			Editors.openAt(parts, models, application, hit.documentId(), first.begin(), first.end());
		}
	}

	/** Labels every match of the last query, as one undoable edit, off the UI thread. */
	private void labelByExample() {
		String chosen = label.getText();
		Project where = lastProject;
		String q = lastQuery;
		if (chosen.isEmpty() || where == null || q == null || busy) {
			return;
		}
		setBusy(true, "Labelling every match of " + q + " as " + chosen + "…");
		BulkEdit previous = bulk;
		bulk = null;
		Job.create("Labelling by example", monitor -> {
			release(previous);
			SearchResults all = search.search(where, q, annotator, BULK_LIMIT);
			List<BulkLabeling.Target> targets = new ArrayList<>();
			for (SearchHit hit : all.hits()) {
				hit.matches().forEach(m -> targets.add(new BulkLabeling.Target(hit.documentId(), m.begin(), m.end())));
			}
			monitor.beginTask("Labelling", all.hits().size());
			BulkEdit done;
			String problem = null;
			try {
				done = BulkLabeling.apply(targets, chosen, new WorkbenchSessions(application, workspace, annotator),
						sync::syncExec, new BulkLabeling.Progress() {
							@Override
							public void documentDone(int count, int total) {
								monitor.worked(1);
							}

							@Override
							public boolean isCancelled() {
								return monitor.isCanceled();
							}
						});
			} catch (BulkLabelingException e) {
				done = e.partial();
				problem = e.getMessage();
			}
			BulkEdit result = done;
			String why = problem;
			stored(result);
			sync.asyncExec(() -> bulkDone(result, why));
			return Status.OK_STATUS;
		}).schedule();
	}

	boolean canUndoBulk() {
		return bulk != null && !busy && !bulk.isUndone() && bulk.documents() > 0;
	}

	boolean canRedoBulk() {
		return bulk != null && !busy && bulk.isUndone();
	}

	void undoBulk() {
		if (canUndoBulk()) {
			undoOrRedo();
		}
	}

	void redoBulk() {
		if (canRedoBulk()) {
			undoOrRedo();
		}
	}

	private void undoOrRedo() {
		BulkEdit current = bulk;
		if (current == null || busy) {
			return;
		}
		setBusy(true, current.isUndone() ? "Labelling again…" : "Undoing…");
		Job.create("Undoing a labelling by example", monitor -> {
			String problem = null;
			try {
				if (current.isUndone()) {
					current.redo();
				} else {
					current.undo();
				}
			} catch (EditRefusedException e) {
				problem = e.getMessage();
			}
			stored(current);
			String why = problem;
			sync.asyncExec(() -> bulkDone(current, why));
			return Status.OK_STATUS;
		}).schedule();
	}

	/** Waits for the store, then tells the explorer and the index which documents changed. */
	private void stored(BulkEdit edit) {
		try {
			edit.flush(Duration.ofSeconds(30));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		edit.documentIds().forEach(id -> events.post(SanadTopics.ANNOTATIONS_CHANGED, id));
	}

	private void bulkDone(BulkEdit edit, String problem) {
		if (bulkStatus.isDisposed()) {
			release(edit);
			return;
		}
		bulk = edit;
		setBusy(false, problem == null ? capitalised(edit.summary()) : problem + ". " + capitalised(edit.summary()));
		undo.setText(edit.isUndone() ? "Redo" : "Undo");
		undo.setEnabled(edit.documents() > 0);
		undo.getParent().layout(true, true);
	}

	private static String capitalised(String s) {
		return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
	}

	private void setBusy(boolean now, String message) {
		busy = now;
		apply.setEnabled(!now && results.getItemCount() > 0);
		undo.setEnabled(!now && bulk != null);
		bulkStatus.setText(message);
		bulkStatus.getParent().layout(true, true);
	}

	private void release(BulkEdit edit) {
		if (edit != null) {
			edit.release();
		}
	}

	private void showPreparation() {
		if (indexRow.isDisposed()) {
			return;
		}
		boolean running = preparation.running();
		if (running) {
			indexTask.setText(preparation.task() + " (" + preparation.percent() + "%)");
			indexBar.setSelection(preparation.percent());
		} else if (!preparation.outcome().isEmpty()) {
			status.setText(preparation.outcome());
		}
		if (indexRow.getVisible() != running) {
			setIndexRowVisible(running);
		}
	}

	@Focus
	void focus() {
		if (preparation != null) {
			preparation.searchedNow(); // activated by the user: it stays in front
		}
		query.setFocus();
	}

	@PreDestroy
	void dispose() {
		if (preparation != null) {
			preparation.removeListener(preparationChanged);
		}
		BulkEdit last = bulk;
		bulk = null;
		if (last != null) {
			Job.create("Closing sessions", monitor -> {
				last.release();
				return Status.OK_STATUS;
			}).schedule();
		}
	}
}
