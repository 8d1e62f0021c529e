package org.sanad.ui.corpus.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.model.SetStatus;
import org.sanad.curation.CurationStatus;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.sanad.store.AnnotationChange;
import org.sanad.store.CorpusStore;
import org.sanad.store.SetSummary;
import org.sanad.ui.SanadTopics;
import org.sanad.ui.WorkbenchIds;
import org.sanad.ui.editor.OpenSessions;
import org.sanad.workspace.Workspace;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Projects and their documents with the current annotator's status and annotation counts. A filter
 * narrows by title; Enter or a double-click opens; Mark finished and Reopen change the status;
 * Curate opens the selected document in the curation editor. The Curation column is the gold set's.
 * Loading happens off the UI thread.
 */
public final class CorpusExplorerPart {

	/** Widget data key, for scripted UI tests. */
	static final String WIDGET_KEY = WorkbenchIds.WIDGET_KEY;

	private static final int PAGE = 1000;

	@Inject
	private Workspace workspace;
	@Inject
	private UISynchronize sync;
	@Inject
	private EPartService parts;
	@Inject
	private EModelService models;
	@Inject
	private MApplication application;
	@Inject
	private org.eclipse.e4.core.services.events.IEventBroker events;
	@Inject
	private ECommandService commands;
	@Inject
	private EHandlerService handlers;
	@Inject
	private org.eclipse.e4.ui.workbench.modeling.ESelectionService selection;

	private TreeViewer viewer;
	/** Pixels a document row's text starts after, in its column: the tree's indent and expander. */
	private static final int INDENT = 44;
	private org.eclipse.swt.widgets.TreeColumn documentColumn;
	private int averageCharWidth;
	private Label state;
	private String annotator;
	private String filter = "";
	private List<ProjectNode> projects = List.of();

	@PostConstruct
	void create(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).spacing(4, 4).applyTo(body);
		Text search = new Text(body, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage("Filter documents by title");
		search.setData(WIDGET_KEY, "explorer.filter");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		search.addListener(SWT.Modify, e -> {
			filter = search.getText().strip();
			viewer.refresh();
			if (!filter.isEmpty()) {
				viewer.expandAll();
			}
		});
		ToolBar tools = new ToolBar(body, SWT.FLAT | SWT.RIGHT);
		item(tools, "Mark finished", () -> setStatus(SetStatus.FINISHED));
		item(tools, "Reopen", () -> setStatus(SetStatus.IN_PROGRESS));
		item(tools, "Curate", this::curate);
		item(tools, "Refresh", this::load);
		viewer = new TreeViewer(body, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTree().setHeaderVisible(true);
		viewer.getTree().setData(WIDGET_KEY, "explorer.tree");
		viewer.setUseHashlookup(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		TreeViewerColumn documents = column("Document", 160, this::shortName);
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		documentColumn = documents.getColumn();
		documentColumn.addListener(SWT.Resize, e -> viewer.refresh(true));
		column("Status", 70, e -> e instanceof DocumentRow r ? r.status(annotator) : "");
		column("Annotations", 60, e -> e instanceof DocumentRow r ? Integer.toString(r.summary.annotations())
				: docs(((ProjectNode) e).documents().size()));
		column("Curation", 100, e -> e instanceof DocumentRow r ? r.curation.label() : "");
		column("Assigned", 160, e -> e instanceof DocumentRow r ? r.team() : "");
		viewer.setContentProvider(new Content());
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				if (filter.isEmpty()) {
					return true;
				}
				return element instanceof DocumentRow r ? r.matches(filter)
						: ((ProjectNode) element).documents().stream().anyMatch(r -> r.matches(filter));
			}
		});
		viewer.addOpenListener(e -> {
			if (((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement() instanceof DocumentRow row) {
				org.sanad.ui.editor.Editors.open(parts, models, application, row.header.getId());
			} else if (((org.eclipse.jface.viewers.IStructuredSelection) e.getSelection()).getFirstElement() instanceof ProjectNode node) {
				viewer.setExpandedState(node, !viewer.getExpandedState(node));
			}
		});
		viewer.addSelectionChangedListener(e -> selection.setSelection(selected()));
		viewer.getTree().setMenu(contextMenu());
		new ExplorerDrop(viewer, this::importDropped);
		state = new Label(body, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(state);
		if (annotator != null) {
			load();
		}
	}

	private static String docs(int count) {
		return count + (count == 1 ? " doc" : " docs");
	}

	private String name(Object element) {
		return element instanceof DocumentRow r ? r.title() : ((ProjectNode) element).project().getName();
	}

	private void item(ToolBar tools, String text, Runnable action) {
		ToolItem item = new ToolItem(tools, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
	}

	private TreeViewerColumn column(String title, int width, java.util.function.Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}

			@Override
			public String getToolTipText(Object element) {
				return element instanceof DocumentRow row ? row.title() : null;
			}

			@Override
			public void update(org.eclipse.jface.viewers.ViewerCell cell) {
				super.update(cell);
				if (cell.getElement() instanceof DocumentRow row) {
					cell.getItem().setData(WorkbenchIds.FULL_TEXT, row.title());
				}
			}
		});
		return column;
	}

	/**
	 * A document's title cut at its end to fit the column, with an ellipsis: the tree would cut
	 * an Arabic title at its start (the end of a right-to-left line is its left), hiding the words
	 * that tell documents apart. The width is estimated from the font's average character.
	 */
	private String shortName(Object element) {
		String name = name(element);
		if (!(element instanceof DocumentRow) || documentColumn == null) {
			return name;
		}
		if (averageCharWidth == 0) {
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(viewer.getTree());
			averageCharWidth = Math.max(1, (int) Math.ceil(gc.getFontMetrics().getAverageCharacterWidth()));
			gc.dispose();
		}
		int fits = Math.max(4, (documentColumn.getWidth() - INDENT) / averageCharWidth);
		return name.length() <= fits ? name : name.substring(0, fits - 1).stripTrailing() + "…";
	}

	/** @return the selected document or project, as commands of other bundles take it, or {@code null} */
	private Object selected() {
		Object element = viewer.getStructuredSelection().getFirstElement();
		return element instanceof DocumentRow row ? row.header
				: element instanceof ProjectNode node ? node.project() : null;
	}

	private org.eclipse.swt.widgets.Menu contextMenu() {
		org.eclipse.swt.widgets.Menu menu = new org.eclipse.swt.widgets.Menu(viewer.getTree());
		menuItem(menu, "Curate", this::curate);
		menuItem(menu, "Project Settings", () -> execute(WorkbenchIds.PROJECT_SETTINGS_COMMAND, Map.of()));
		menuItem(menu, "Source Registry", () -> execute(WorkbenchIds.SOURCE_REGISTRY_COMMAND, Map.of()));
		menuItem(menu, "Import Documents…", () -> execute(WorkbenchIds.IMPORT_COMMAND, Map.of()));
		new org.eclipse.swt.widgets.MenuItem(menu, SWT.SEPARATOR);
		menuItem(menu, "Delete…", () -> execute(WorkbenchIds.DELETE_COMMAND, Map.of()));
		return menu;
	}

	private static void menuItem(org.eclipse.swt.widgets.Menu menu, String text, Runnable action) {
		org.eclipse.swt.widgets.MenuItem item = new org.eclipse.swt.widgets.MenuItem(menu, SWT.PUSH);
		item.setText(text);
		item.addListener(SWT.Selection, e -> action.run());
	}

	/** Runs a command another bundle contributes, or says it is not installed. */
	private void execute(String commandId, Map<String, Object> parameters) {
		selection.setSelection(selected());
		ParameterizedCommand command = commands.createCommand(commandId, parameters);
		if (command == null || !handlers.canExecute(command)) {
			state.setText("Not available here: select a document or a project first.");
			return;
		}
		handlers.executeHandler(command);
	}

	/** Files dropped onto a project (or one of its documents) are imported into that project. */
	private void importDropped(Object target, List<java.nio.file.Path> files) {
		Project project = target instanceof DocumentRow row ? projectOf(row)
				: target instanceof ProjectNode node ? node.project() : null;
		if (project == null) {
			state.setText("Drop files onto a project to import them into it.");
			return;
		}
		String paths = String.join("\n", files.stream().map(java.nio.file.Path::toString).toList());
		execute(WorkbenchIds.IMPORT_COMMAND, Map.of(WorkbenchIds.IMPORT_PROJECT, project.getId(),
				WorkbenchIds.IMPORT_FILES, paths));
	}

	private Project projectOf(DocumentRow row) {
		return projects.stream().filter(n -> n.documents().contains(row)).map(ProjectNode::project).findFirst()
				.orElse(null);
	}

	/** Opens the selected document in the curation editor, if the curation views are installed. */
	private void curate() {
		if (!(viewer.getStructuredSelection().getFirstElement() instanceof DocumentRow row)) {
			state.setText("Select a document to curate.");
			return;
		}
		ParameterizedCommand command = commands.createCommand(WorkbenchIds.CURATE_COMMAND,
				Map.of(WorkbenchIds.CURATE_DOCUMENT, row.header.getId()));
		if (command == null || !handlers.canExecute(command)) {
			state.setText("Curation is not installed in this workbench.");
			return;
		}
		handlers.executeHandler(command);
	}

	/** The annotator is known once the workbench has asked; the statuses are theirs. */
	@Inject
	@Optional
	void annotator(@Named(WorkbenchIds.ANNOTATOR) String name) {
		this.annotator = name;
		if (viewer != null && name != null) {
			load();
		}
	}

	private void load() {
		String who = annotator;
		state.setText("Loading…");
		Job.create("Loading the corpus", monitor -> {
			try {
				CorpusStore store = workspace.store();
				List<Project> all = store.projects();
				SubMonitor progress = SubMonitor.convert(monitor, all.size());
				List<ProjectNode> nodes = new ArrayList<>();
				for (Project project : all) {
					nodes.add(new ProjectNode(project, rows(store, project, who, progress.split(1))));
				}
				sync.asyncExec(() -> show(nodes));
			} catch (RuntimeException e) { // a server out of reach, a refusal: said where the list would be
				sync.asyncExec(() -> {
					if (!state.isDisposed()) {
						state.setText("Could not load the corpus: " + e.getMessage());
					}
				});
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private static List<DocumentRow> rows(CorpusStore store, Project project, String who, SubMonitor monitor) {
		long count = store.documentCount(project.getId());
		Map<String, List<org.sanad.store.Assignment>> assigned = store.assignments(project.getId()).stream()
				.collect(java.util.stream.Collectors.groupingBy(org.sanad.store.Assignment::documentId));
		monitor.setWorkRemaining((int) Math.max(1, count / PAGE + 1));
		List<DocumentRow> rows = new ArrayList<>();
		List<Document> page = List.of();
		do {
			if (monitor.isCanceled()) {
				break;
			}
			// page after page by the last document (keyset): each page costs the same at any depth
			page = store.documentsAfter(project.getId(), page.isEmpty() ? null : page.getLast().getId(), PAGE);
			List<String> ids = page.stream().map(Document::getId).toList();
			Map<String, SetSummary> summaries = store.setSummaries(who, ids);
			Map<String, SetSummary> gold = store.setSummaries(null, ids);
			for (Document d : page) {
				DocumentRow row = new DocumentRow(d, summaries.get(d.getId()), CurationStatus.of(gold.get(d.getId()).status()));
				row.assignments = assigned.getOrDefault(d.getId(), List.of());
				rows.add(row);
			}
			monitor.split(1);
		} while (page.size() == PAGE);
		return rows;
	}

	private void show(List<ProjectNode> nodes) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		projects = nodes;
		Object[] expanded = viewer.getExpandedElements();
		viewer.setInput(nodes);
		if (expanded.length == 0) {
			nodes.stream().filter(n -> n.project().getName().equals(Workspace.SEEDS_PROJECT) || nodes.size() == 1)
					.forEach(n -> viewer.setExpandedState(n, true));
		} else {
			viewer.setExpandedElements(expanded);
		}
		long docs = nodes.stream().mapToLong(n -> n.documents().size()).sum();
		state.setText(nodes.size() + " projects · " + docs + " documents · statuses of " + annotator);
	}

	/** Loads the corpus again: a project was created or documents imported. */
	@Inject
	@Optional
	void corpusChanged(@UIEventTopic(SanadTopics.CORPUS_CHANGED) String projectId) {
		if (viewer != null && !viewer.getControl().isDisposed() && annotator != null) {
			load();
		}
	}

	/** Refreshes a document's row after its editor changed it. */
	@Inject
	@Optional
	void annotationsChanged(@UIEventTopic(SanadTopics.ANNOTATIONS_CHANGED) String documentId) {
		DocumentRow row = find(documentId);
		if (row == null || annotator == null) {
			return;
		}
		String who = annotator;
		Job.create("Updating the corpus", monitor -> {
			SetSummary summary = workspace.store().setSummaries(who, List.of(documentId)).get(documentId);
			SetSummary gold = workspace.store().setSummaries(null, List.of(documentId)).get(documentId);
			sync.asyncExec(() -> {
				row.summary = summary;
				row.curation = CurationStatus.of(gold.status());
				if (!viewer.getControl().isDisposed()) {
					viewer.update(row, null);
				}
			});
			return Status.OK_STATUS;
		}).schedule(300);
	}

	private DocumentRow find(String documentId) {
		for (ProjectNode node : projects) {
			for (DocumentRow row : node.documents()) {
				if (row.header.getId().equals(documentId)) {
					return row;
				}
			}
		}
		return null;
	}

	private void setStatus(SetStatus status) {
		if (!(viewer.getStructuredSelection().getFirstElement() instanceof DocumentRow row) || annotator == null) {
			state.setText("Select a document first");
			return;
		}
		var open = OpenSessions.of(application.getContext()).session(row.header.getId());
		if (open.isPresent()) {
			open.get().setStatus(status);
			events.post(SanadTopics.ANNOTATIONS_CHANGED, row.header.getId());
			return;
		}
		String who = annotator;
		Job.create("Changing the status", monitor -> {
			try {
				String id = row.header.getId();
				long base = workspace.store().setSummaries(who, List.of(id)).get(id).revision();
				workspace.store().apply(new AnnotationChange(id, who, who, base, List.of(), List.of(), List.of(), status));
			} catch (RuntimeException e) {
				sync.asyncExec(() -> state.setText("Status not changed: " + e.getMessage()));
			}
			events.post(SanadTopics.ANNOTATIONS_CHANGED, row.header.getId());
			return Status.OK_STATUS;
		}).schedule();
	}

	@Focus
	void focus() {
		viewer.getControl().setFocus();
	}

	/** Projects, then their documents. */
	private static final class Content implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof ProjectNode n ? n.documents().toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof ProjectNode n && !n.documents().isEmpty();
		}
	}
}
