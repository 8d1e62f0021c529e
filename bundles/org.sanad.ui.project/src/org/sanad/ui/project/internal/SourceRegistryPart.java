package org.sanad.ui.project.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.sanad.model.Project;
import org.sanad.model.Source;
import org.sanad.store.CorpusStore;
import org.sanad.store.SourceMention;
import org.sanad.ui.SanadTopics;
import org.sanad.ui.WorkbenchIds;
import org.sanad.ui.editor.Editors;
import org.sanad.workspace.Workspace;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The source registry of a project: every registered source with its mentions across documents
 * and the rating each mention received in each annotator's set and the gold set, so a source's
 * reliability history reads at a glance. Rename, aliases and merge (mentions follow) change the
 * registry; a double-click on a mention opens its document.
 */
public final class SourceRegistryPart {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	@Inject
	private Workspace workspace;
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
	@Named(WorkbenchIds.ANNOTATOR)
	private String annotator;

	private Combo project;
	private Table sources;
	private Table mentions;
	private Text name;
	private Text aliases;
	private Combo into;
	private Label status;
	private List<Project> projects = List.of();
	private List<Source> shown = List.of();
	private Map<String, List<SourceMention>> bySource = Map.of();
	private volatile String projectId;
	/** Numbers each load; only the newest one's result is shown (a handler's show beats the first). */
	private final java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();

	@PostConstruct
	void create(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(2).applyTo(body);
		new Label(body, SWT.NONE).setText("Project:");
		project = new Combo(body, SWT.READ_ONLY);
		project.setData(WorkbenchIds.WIDGET_KEY, "sources.project");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(project);
		project.addListener(SWT.Selection, e -> {
			if (project.getSelectionIndex() >= 0) {
				show(projects.get(project.getSelectionIndex()).getId());
			}
		});
		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(sash);
		sources = table(sash, "sources.table", "Source", 200, "Kind", 130, "Aliases", 160, "Mentions", 70,
				"Reliability given", 170, "Credibility given", 170);
		sources.addListener(SWT.Selection, e -> selectSource());
		mentions = table(sash, "sources.mentions", "Document", 220, "Set", 80, "Offsets", 80, "Reliability", 70,
				"Credibility", 70, "Kind", 120, "When", 110);
		mentions.addListener(SWT.DefaultSelection, e -> openMention());
		sash.setWeights(55, 45);

		Composite form = new Composite(body, SWT.NONE);
		org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout(); // wraps when narrow
		row.center = true;
		row.marginLeft = 0;
		form.setLayout(row);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(form);
		name = text(form, "Name:", "sources.name", 150);
		button(form, "Rename", "sources.rename", this::rename);
		aliases = text(form, "Aliases (comma-separated):", "sources.aliases", 160);
		button(form, "Set Aliases", "sources.setAliases", this::setAliases);
		new Label(form, SWT.NONE).setText("Merge selected into:");
		into = new Combo(form, SWT.READ_ONLY);
		into.setData(WorkbenchIds.WIDGET_KEY, "sources.into");
		into.setLayoutData(new org.eclipse.swt.layout.RowData(180, SWT.DEFAULT));
		button(form, "Merge", "sources.merge", this::merge);
		status = new Label(body, SWT.WRAP);
		status.setData(WorkbenchIds.WIDGET_KEY, "sources.status");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(status);
		show(null);
	}

	private static Table table(Composite parent, String key, Object... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
		table.setHeaderVisible(true);
		table.setData(WorkbenchIds.WIDGET_KEY, key);
		for (int i = 0; i < columns.length; i += 2) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText((String) columns[i]);
			column.setWidth((Integer) columns[i + 1]);
		}
		return table;
	}

	private static Text text(Composite parent, String label, String key, int width) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setData(WorkbenchIds.WIDGET_KEY, key);
		text.setLayoutData(new org.eclipse.swt.layout.RowData(width, SWT.DEFAULT));
		return text;
	}

	private static void button(Composite parent, String text, String key, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData(WorkbenchIds.WIDGET_KEY, key);
		button.addListener(SWT.Selection, e -> action.run());
	}

	/** Shows a project's registry ({@code null}: the one shown, or the first), loaded off the UI thread. */
	void show(String id) {
		show(id, null);
	}

	private void show(String id, String outcome) {
		status.setText("Loading…");
		int load = loads.incrementAndGet();
		if (id != null) {
			projectId = id;
		}
		Job.create("Loading the source registry", monitor -> {
			CorpusStore store = workspace.store();
			List<Project> all = store.projects();
			String wanted = id != null ? id : projectId != null ? projectId : all.isEmpty() ? null : all.getFirst().getId();
			Project chosen = all.stream().filter(p -> p.getId().equals(wanted)).findFirst().orElse(null);
			List<SourceMention> found = chosen == null ? List.of() : store.sourceMentions(chosen.getId());
			sync.asyncExec(() -> {
				if (load == loads.get()) {
					showLoaded(all, chosen, found, outcome);
				}
			});
			return Status.OK_STATUS;
		}).schedule();
	}

	private void showLoaded(List<Project> all, Project chosen, List<SourceMention> found, String outcome) {
		if (sources.isDisposed()) {
			return;
		}
		projects = all;
		project.setItems(all.stream().map(Project::getName).toArray(String[]::new));
		projectId = chosen == null ? null : chosen.getId();
		project.select(chosen == null ? -1 : all.indexOf(chosen));
		String selected = selectedSource().map(Source::getId).orElse(null);
		shown = chosen == null ? List.of() : List.copyOf(chosen.getSources());
		bySource = found.stream().collect(Collectors.groupingBy(SourceMention::sourceId));
		sources.removeAll();
		for (Source source : shown) {
			List<SourceMention> its = bySource.getOrDefault(source.getId(), List.of());
			TableItem item = new TableItem(sources, SWT.NONE);
			item.setText(new String[] { source.getName(), source.getKind() == null ? "" : source.getKind(),
					String.join(", ", source.getAliases()), Integer.toString(its.size()),
					tally(its, SourceMention::reliability), tally(its, SourceMention::credibility) });
			if (source.getId().equals(selected)) {
				sources.setSelection(item);
			}
		}
		into.setItems(shown.stream().map(Source::getName).toArray(String[]::new));
		selectSource();
		String counts = chosen == null ? "No project." : shown.size() + " source" + (shown.size() == 1 ? "" : "s")
				+ " · " + found.size() + " mention" + (found.size() == 1 ? "" : "s") + " in " + chosen.getName();
		status.setText(outcome == null ? counts : outcome + " " + counts);
	}

	/** @return how often each rating was given, for example {@code B×2 · C×1 · unrated×1} */
	private static String tally(List<SourceMention> mentions, java.util.function.Function<SourceMention, String> rating) {
		Map<String, Long> counts = new TreeMap<>(mentions.stream().collect(Collectors.groupingBy(rating,
				Collectors.counting())));
		List<String> parts = new ArrayList<>();
		counts.forEach((value, count) -> parts.add(("-".equals(value) ? "unrated" : value) + "×" + count));
		return String.join(" · ", parts);
	}

	private java.util.Optional<Source> selectedSource() {
		int index = sources.getSelectionIndex();
		return index < 0 || index >= shown.size() ? java.util.Optional.empty() : java.util.Optional.of(shown.get(index));
	}

	private void selectSource() {
		mentions.removeAll();
		java.util.Optional<Source> source = selectedSource();
		name.setText(source.map(Source::getName).orElse(""));
		aliases.setText(source.map(s -> String.join(", ", s.getAliases())).orElse(""));
		for (SourceMention m : source.map(s -> bySource.getOrDefault(s.getId(), List.of())).orElse(List.of())) {
			TableItem item = new TableItem(mentions, SWT.NONE);
			item.setText(new String[] { m.documentTitle() == null ? m.documentId() : m.documentTitle(),
					m.owner() == null ? "gold" : m.owner(), m.begin() + "–" + m.end(), m.reliability(),
					m.credibility(), m.kind() == null ? "" : m.kind(),
					m.createdAt() == null ? "" : WHEN.format(m.createdAt()) });
			item.setData(m);
		}
	}

	private void openMention() {
		int index = mentions.getSelectionIndex();
		if (index >= 0 && mentions.getItem(index).getData() instanceof SourceMention m) {
			Editors.open(parts, models, application, m.documentId());
		}
	}

	private void rename() {
		selectedSource().ifPresentOrElse(s -> change("Renamed", store -> store.renameSource(projectId, s.getId(),
				name.getText(), actor())), () -> status.setText("Select a source first."));
	}

	private void setAliases() {
		List<String> typed = Arrays.stream(aliases.getText().split(",")).map(String::strip).filter(a -> !a.isEmpty())
				.toList();
		selectedSource().ifPresentOrElse(s -> change("Aliases set", store -> store.setSourceAliases(projectId,
				s.getId(), typed, actor())), () -> status.setText("Select a source first."));
	}

	private void merge() {
		java.util.Optional<Source> from = selectedSource();
		int target = into.getSelectionIndex();
		if (from.isEmpty() || target < 0) {
			status.setText("Select a source, and the source to merge it into.");
			return;
		}
		Source intoSource = shown.get(target);
		change("Merged " + isolated(from.get().getName()) + " into " + isolated(intoSource.getName()),
				store -> store.mergeSources(projectId, from.get().getId(), intoSource.getId(), actor()));
	}

	/** Makes a registry change off the UI thread, then shows the registry again. */
	private void change(String done, java.util.function.Function<CorpusStore, Object> what) {
		String id = projectId;
		Job.create("Changing the source registry", monitor -> {
			try {
				Object result = what.apply(workspace.store());
				String moved = result instanceof Integer n ? ": " + n + " mention" + (n == 1 ? "" : "s") + " moved" : "";
				events.post(SanadTopics.ANNOTATIONS_CHANGED, id); // merged mentions changed sets
				sync.asyncExec(() -> show(id, done + moved + "."));
			} catch (RuntimeException e) {
				sync.asyncExec(() -> {
					if (!status.isDisposed()) {
						status.setText("Not changed: " + e.getMessage());
					}
				});
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	/**
	 * A name set apart from the sentence around it (Unicode first-strong isolate), so that an
	 * Arabic name in an English message does not pull the words beside it out of order.
	 */
	private static String isolated(String name) {
		return "\u2068" + name + "\u2069";
	}

	private String actor() {
		return annotator == null ? "workbench" : annotator;
	}

	/** A project created or deleted, documents imported: the project list and counts change. */
	@Inject
	@Optional
	void corpusChanged(@UIEventTopic(SanadTopics.CORPUS_CHANGED) String changed) {
		if (sources != null && !sources.isDisposed()) {
			show(null);
		}
	}

	@Focus
	void focus() {
		sources.setFocus();
	}
}
