package org.sanad.ui.curation.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sanad.agreement.AgreementOptions;
import org.sanad.agreement.AgreementReport;
import org.sanad.agreement.AgreementService;
import org.sanad.agreement.Confusion;
import org.sanad.agreement.Figure;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.ui.ProgressBarMonitor;
import org.sanad.ui.WorkbenchIds;
import org.sanad.workspace.Workspace;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * How far a project's annotators agree: every figure over all annotators in one table, each
 * pairwise measure as an annotator matrix, and the label confusion matrices. A double-click on a
 * matrix cell lists the documents where those annotators (or those labels) disagree; a
 * double-click on a document opens it in the curation editor. Computed as a job that can be
 * canceled.
 */
public final class AgreementPart {

	@Inject
	private Workspace workspace;
	@Inject
	private AgreementService agreement;
	@Inject
	private UISynchronize sync;
	@Inject
	private EPartService parts;
	@Inject
	private EModelService models;
	@Inject
	private MApplication application;

	private List<Project> projects = List.of();
	private Combo project;
	private Spinner bootstrap;
	private Button compute;
	private ProgressBar progress;
	private Label status;
	private Table figures;
	private Combo pairMeasure;
	private Table pairs;
	private Combo confusionFeature;
	private Table confusion;
	private org.eclipse.swt.widgets.List documents;
	private List<String> documentIds = List.of();
	private AgreementReport report;
	private Job running;
	/** Compute was pressed before the projects were read: measure once they are. */
	private boolean computeWhenRead;

	@PostConstruct
	void create(Composite parent) {
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(root);
		Composite bar = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(7).applyTo(bar);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		new Label(bar, SWT.NONE).setText("Project:");
		project = new Combo(bar, SWT.READ_ONLY);
		project.setData(WorkbenchIds.WIDGET_KEY, "agreement.project");
		// a part restored at start-up may have asked before the store had its projects
		project.addListener(SWT.MouseDown, e -> {
			if (projects.isEmpty()) {
				loadProjects();
			}
		});
		new Label(bar, SWT.NONE).setText("Bootstrap samples:");
		bootstrap = new Spinner(bar, SWT.BORDER);
		bootstrap.setValues(0, 0, 10_000, 0, 100, 1000);
		compute = new Button(bar, SWT.PUSH);
		compute.setText("Compute");
		compute.setData(WorkbenchIds.WIDGET_KEY, "agreement.compute");
		compute.addListener(SWT.Selection, e -> computeOrCancel());
		progress = new ProgressBar(bar, SWT.SMOOTH);
		GridDataFactory.swtDefaults().hint(160, SWT.DEFAULT).applyTo(progress);
		status = new Label(bar, SWT.NONE);
		status.setData(WorkbenchIds.WIDGET_KEY, "agreement.status");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

		Composite body = new Composite(root, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		CTabFolder tabs = new CTabFolder(body, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);
		figures = table(tabs, "agreement.figures");
		tab(tabs, "Figures", figures);
		Composite pairBox = new Composite(tabs, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(pairBox);
		pairMeasure = new Combo(pairBox, SWT.READ_ONLY);
		pairMeasure.addListener(SWT.Selection, e -> showPairs());
		pairs = table(pairBox, "agreement.pairs");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(pairs);
		pairs.addListener(SWT.MouseDoubleClick, e -> pairCell(new Point(e.x, e.y)));
		tab(tabs, "Annotator pairs", pairBox);
		Composite confusionBox = new Composite(tabs, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(confusionBox);
		confusionFeature = new Combo(confusionBox, SWT.READ_ONLY);
		confusionFeature.addListener(SWT.Selection, e -> showConfusion());
		confusion = table(confusionBox, "agreement.confusion");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(confusion);
		confusion.addListener(SWT.MouseDoubleClick, e -> confusionCell(new Point(e.x, e.y)));
		tab(tabs, "Label confusion", confusionBox);
		tabs.setSelection(0);
		Composite right = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(right);
		GridDataFactory.fillDefaults().grab(false, true).hint(260, SWT.DEFAULT).applyTo(right);
		new Label(right, SWT.WRAP).setText("Documents where they disagree\n(double-click a matrix cell, then a document):");
		documents = new org.eclipse.swt.widgets.List(right, SWT.SINGLE | SWT.V_SCROLL | SWT.BORDER);
		documents.setData(WorkbenchIds.WIDGET_KEY, "agreement.documents");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(documents);
		documents.addListener(SWT.DefaultSelection, e -> {
			int index = documents.getSelectionIndex();
			if (index >= 0) {
				CurateHandler.open(parts, models, application, documentIds.get(index));
			}
		});
		loadProjects();
	}

	private static Table table(Composite parent, String id) {
		Table table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(WorkbenchIds.WIDGET_KEY, id);
		return table;
	}

	private static void tab(CTabFolder tabs, String title, org.eclipse.swt.widgets.Control control) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(control);
	}

	private void loadProjects() {
		Job.create("Listing projects", monitor -> {
			List<Project> all;
			try {
				all = workspace.store().projects();
			} catch (RuntimeException e) {
				sync.asyncExec(() -> {
					computeWhenRead = false;
					if (!status.isDisposed()) {
						status.setText("Projects not read: " + e.getMessage());
					}
				});
				return Status.OK_STATUS;
			}
			sync.asyncExec(() -> {
				if (project.isDisposed()) {
					return;
				}
				projects = all;
				project.removeAll();
				all.forEach(p -> project.add(p.getName()));
				if (!all.isEmpty()) {
					project.select(0);
				}
				if (computeWhenRead) {
					computeWhenRead = false;
					if (all.isEmpty()) {
						status.setText("No project to measure yet.");
					} else {
						computeOrCancel();
					}
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private void computeOrCancel() {
		if (running != null) {
			running.cancel();
			return;
		}
		if (project.getSelectionIndex() < 0) {
			if (!projects.isEmpty()) {
				status.setText("Choose a project.");
			} else if (!computeWhenRead) {
				status.setText("Reading the projects…");
				computeWhenRead = true;
				loadProjects();
			}
			return;
		}
		Project chosen = projects.get(project.getSelectionIndex());
		AgreementOptions options = AgreementOptions.all().withBootstrap(bootstrap.getSelection(), 1);
		compute.setText("Cancel");
		status.setText("Measuring " + chosen.getName() + "…");
		running = Job.create("Measuring agreement", monitor -> {
			try {
				AgreementReport computed = agreement.compute(workspace.store(), chosen.getId(), options,
						new ProgressBarMonitor(monitor, progress));
				sync.asyncExec(() -> show(computed, null));
				return Status.OK_STATUS;
			} catch (OperationCanceledException e) {
				sync.asyncExec(() -> show(null, "Canceled."));
				return Status.CANCEL_STATUS;
			} catch (RuntimeException e) {
				sync.asyncExec(() -> show(null, e.getMessage()));
				return Status.OK_STATUS;
			}
		});
		running.schedule();
	}

	private void show(AgreementReport computed, String problem) {
		if (figures.isDisposed()) {
			return;
		}
		running = null;
		compute.setText("Compute");
		compute.getParent().layout();
		if (computed == null) {
			status.setText(problem);
			return;
		}
		report = computed;
		status.setText(computed.annotators().size() + " annotators, " + computed.documents()
				+ " documents annotated by two or more");
		fillFigures();
		Set<String> measures = new java.util.LinkedHashSet<>();
		computed.figures().stream().filter(Figure::pairwise).forEach(f -> measures.add(key(f)));
		pairMeasure.setItems(measures.toArray(String[]::new));
		pairMeasure.select(0);
		showPairs();
		confusionFeature.setItems(computed.confusions().stream().map(c -> c.layer() + " " + c.feature())
				.toArray(String[]::new));
		confusionFeature.select(0);
		showConfusion();
	}

	private static String key(Figure f) {
		return f.layer() + " " + f.feature() + ": " + f.measure() + " " + f.metric()
				+ (f.alignment() == null || f.alignment().equals("exact") ? "" : " (" + f.alignment() + ")");
	}

	private void fillFigures() {
		columns(figures, "Layer", "Feature", "Label", "Measure", "Metric", "Aligned", "Value", "95% interval",
				"P(α<0.667)", "P(α<0.8)", "Units", "Incomplete");
		for (Figure f : report.figures()) {
			if (f.pairwise()) {
				continue;
			}
			TableItem item = new TableItem(figures, SWT.NONE);
			item.setText(new String[] { f.layer(), f.feature(), f.label() == null ? "" : f.label(), f.measure(),
					f.metric(), f.alignment() == null ? "" : f.alignment(), value(f),
					f.interval() == null ? "" : String.format(Locale.ROOT, "%.3f – %.3f", f.interval().low(), f.interval().high()),
					f.interval() == null ? "" : String.format(Locale.ROOT, "%.3f", f.interval().belowAcceptable()),
					f.interval() == null ? "" : String.format(Locale.ROOT, "%.3f", f.interval().belowReliable()),
					Long.toString(f.units()), Long.toString(f.incomplete()) });
		}
		pack(figures);
	}

	private static String value(Figure f) {
		return f.defined() ? String.format(Locale.ROOT, "%.3f", f.value()) : f.note();
	}

	private void showPairs() {
		if (report == null || pairMeasure.getSelectionIndex() < 0) {
			return;
		}
		String chosen = pairMeasure.getText();
		List<String> annotators = report.annotators();
		List<String> headers = new ArrayList<>(List.of(""));
		headers.addAll(annotators);
		columns(pairs, headers.toArray(String[]::new));
		Map<String, Figure> byPair = new LinkedHashMap<>();
		report.figures().stream().filter(f -> f.pairwise() && key(f).equals(chosen))
				.forEach(f -> byPair.put(f.annotators(), f));
		for (String row : annotators) {
			String[] cells = new String[annotators.size() + 1];
			cells[0] = row;
			for (int c = 0; c < annotators.size(); c++) {
				String column = annotators.get(c);
				Figure f = byPair.getOrDefault(row + "|" + column, byPair.get(column + "|" + row));
				cells[c + 1] = row.equals(column) ? "—" : f == null ? "" : value(f) + " (" + f.units() + ")";
			}
			new TableItem(pairs, SWT.NONE).setText(cells);
		}
		pack(pairs);
	}

	private void showConfusion() {
		if (report == null || confusionFeature.getSelectionIndex() < 0) {
			return;
		}
		Confusion c = report.confusions().get(confusionFeature.getSelectionIndex());
		List<String> headers = new ArrayList<>(List.of(""));
		headers.addAll(c.categories());
		columns(confusion, headers.toArray(String[]::new));
		for (int r = 0; r < c.categories().size(); r++) {
			String[] cells = new String[c.categories().size() + 1];
			cells[0] = c.categories().get(r);
			for (int k = 0; k < c.categories().size(); k++) {
				double n = c.counts()[r][k];
				cells[k + 1] = n == 0 ? "" : n == Math.rint(n) ? Long.toString((long) n)
						: String.format(Locale.ROOT, "%.1f", n);
			}
			new TableItem(confusion, SWT.NONE).setText(cells);
		}
		pack(confusion);
	}

	private void pairCell(Point at) {
		int[] cell = cell(pairs, at);
		if (cell != null && cell[1] > 0) {
			String a = report.annotators().get(cell[0]);
			String b = report.annotators().get(cell[1] - 1);
			Set<String> ids = report.disagreeing().getOrDefault(a + "|" + b, report.disagreeing().get(b + "|" + a));
			listDocuments(ids == null ? Set.of() : ids);
		}
	}

	private void confusionCell(Point at) {
		int[] cell = cell(confusion, at);
		if (cell != null && cell[1] > 0) {
			Confusion c = report.confusions().get(confusionFeature.getSelectionIndex());
			listDocuments(c.documents(c.categories().get(cell[0]), c.categories().get(cell[1] - 1)));
		}
	}

	/** @return {row, column} under the pointer, or {@code null} */
	private static int[] cell(Table table, Point at) {
		TableItem item = table.getItem(at);
		if (item == null) {
			return null;
		}
		for (int c = 0; c < table.getColumnCount(); c++) {
			if (item.getBounds(c).contains(at)) {
				return new int[] { table.indexOf(item), c };
			}
		}
		return null;
	}

	private void listDocuments(Set<String> ids) {
		List<String> list = new ArrayList<>(ids);
		Job.create("Reading titles", monitor -> {
			Map<String, Document> read = workspace.store().documents(list);
			sync.asyncExec(() -> {
				if (documents.isDisposed()) {
					return;
				}
				documents.removeAll();
				documentIds = list;
				for (String id : list) {
					Document d = read.get(id);
					documents.add(d == null || d.getTitle() == null ? id : d.getTitle());
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private static void columns(Table table, String... titles) {
		table.removeAll();
		for (TableColumn column : table.getColumns()) {
			column.dispose();
		}
		for (String title : titles) {
			new TableColumn(table, SWT.NONE).setText(title);
		}
	}

	private static void pack(Table table) {
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}

	@Focus
	void focus() {
		project.setFocus();
		if (projects.isEmpty()) {
			loadProjects(); // the part may have been restored before the store had projects
		}
	}
}
