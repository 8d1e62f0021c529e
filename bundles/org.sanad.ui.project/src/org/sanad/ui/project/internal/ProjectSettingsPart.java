package org.sanad.ui.project.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.MDirtyable;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.sanad.model.Project;
import org.sanad.model.schema.Layers;
import org.sanad.store.CorpusStore;
import org.sanad.store.ProjectLogEntry;
import org.sanad.store.SchemaChange;
import org.sanad.store.SchemaChangeReport;
import org.sanad.store.SchemaDraft;
import org.sanad.ui.SanadTopics;
import org.sanad.ui.WorkbenchIds;
import org.sanad.workspace.Workspace;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Project Settings: a project's label schema and boilerplate phrases, and its log. Schema changes
 * wait in a list of pending changes that Undo takes back one by one; Save (Ctrl+S) applies them
 * all or none, as new schema versions that every existing annotation follows.
 */
public final class ProjectSettingsPart {

	/** Persisted state: the project's id. */
	static final String PROJECT_ID = "org.sanad.ui.project.projectId";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
			.withZone(ZoneId.systemDefault());

	@Inject
	private Workspace workspace;
	@Inject
	private MPart part;
	@Inject
	private MDirtyable dirty;
	@Inject
	private UISynchronize sync;
	@Inject
	private IEventBroker events;
	@Inject
	@Optional
	@Named(WorkbenchIds.ANNOTATOR)
	private String annotator;

	private String projectId;
	private SchemaDraft draft;
	private List<String> storedPhrases = List.of();
	private Label heading;
	private Label status;
	private SchemaSection schema;
	private org.eclipse.swt.widgets.List pending;
	private Text phrases;
	private Table history;
	private MembersSection members;
	private Button apply;
	private org.eclipse.swt.widgets.TabFolder tabs;
	/** A Save is running: another would send the same changes again. */
	private boolean saving;

	@PostConstruct
	void create(Composite parent) {
		projectId = part.getPersistedState().get(PROJECT_ID);
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(body);
		heading = new Label(body, SWT.NONE);
		heading.setData(WorkbenchIds.WIDGET_KEY, "settings.heading");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
		tabs = new org.eclipse.swt.widgets.TabFolder(body, SWT.TOP);
		tabs.setData(WorkbenchIds.WIDGET_KEY, "settings.tabs");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tabs);

		Composite labels = tab(tabs, "Label Schema");
		schema = new SchemaSection(labels, this::propose, this::problem);
		Composite changes = new Composite(labels, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(changes);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(changes);
		Label pendingTitle = new Label(changes, SWT.NONE);
		pendingTitle.setText("Pending changes (Save applies them all, or none):");
		GridDataFactory.fillDefaults().span(2, 1).applyTo(pendingTitle);
		pending = new org.eclipse.swt.widgets.List(changes, SWT.BORDER | SWT.V_SCROLL);
		pending.setData(WorkbenchIds.WIDGET_KEY, "settings.pending");
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 40).applyTo(pending);
		Button undo = button(changes, "Undo", "settings.undo", this::undo);
		GridDataFactory.fillDefaults().align(SWT.END, SWT.BEGINNING).applyTo(undo);

		Composite boilerplate = tab(tabs, "Boilerplate Phrases");
		new Label(boilerplate, SWT.WRAP).setText("One phrase per line: marked as boilerplate in documents imported later.");
		phrases = new Text(boilerplate, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.WRAP);
		phrases.setData(WorkbenchIds.WIDGET_KEY, "settings.boilerplate");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(phrases);
		phrases.addListener(SWT.Modify, e -> updateDirty());

		Composite log = tab(tabs, "History");
		history = new Table(log, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		history.setHeaderVisible(true);
		history.setData(WorkbenchIds.WIDGET_KEY, "settings.history");
		for (String[] column : new String[][] { { "When", "130" }, { "Who", "90" }, { "What", "520" } }) {
			TableColumn c = new TableColumn(history, SWT.NONE);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		GridDataFactory.fillDefaults().grab(true, true).applyTo(history);

		members = new MembersSection(tab(tabs, "Members"), this::changeMember);

		// below the tabs: what Save applies is the schema's pending changes and the phrases
		Composite bottom = new Composite(body, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(3).applyTo(bottom);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bottom);
		status = new Label(bottom, SWT.WRAP);
		status.setData(WorkbenchIds.WIDGET_KEY, "settings.status");
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(status);
		apply = button(bottom, "Save", "settings.apply", this::save);
		button(bottom, "Discard", "settings.discard", () -> reload("Pending changes discarded."));
		reload("");
	}

	/** A tab whose page scrolls when the editor is smaller than the page. */
	private static Composite tab(org.eclipse.swt.widgets.TabFolder tabs, String title) {
		org.eclipse.swt.widgets.TabItem item = new org.eclipse.swt.widgets.TabItem(tabs, SWT.NONE);
		item.setText(title);
		org.eclipse.swt.custom.ScrolledComposite scroll = new org.eclipse.swt.custom.ScrolledComposite(tabs,
				SWT.V_SCROLL | SWT.H_SCROLL);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		Composite page = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(4, 4).applyTo(page);
		scroll.setContent(page);
		scroll.addListener(SWT.Resize, e -> scroll.setMinSize(page.computeSize(scroll.getClientArea().width, SWT.DEFAULT)));
		item.setControl(scroll);
		return page;
	}

	private static Button button(Composite parent, String text, String widgetKey, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData(WorkbenchIds.WIDGET_KEY, widgetKey);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** Gives an account a role in the project, or takes it away, at once; then shows the members again. */
	private void changeMember(String user, org.sanad.model.Role role) {
		String id = projectId;
		String actor = annotator;
		status.setText(role == null ? "Removing " + user + "…" : "Making " + user + " " + role.getLiteral() + "…");
		Job.create("Changing the members", monitor -> {
			try {
				CorpusStore store = workspace.store();
				store.setMember(id, user, role, actor);
				List<org.sanad.store.Member> team = store.members(id);
				sync.asyncExec(() -> {
					members.show(team);
					status.setText(role == null ? user + " is no longer a member." : user + " is "
							+ role.getLiteral() + ".");
				});
			} catch (RuntimeException e) {
				sync.asyncExec(() -> problem(e.getMessage()));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	/** Reads the project from the store, off the UI thread; pending changes are dropped. */
	private void reload(String outcome) {
		if (status.isDisposed()) {
			return;
		}
		status.setText("Loading…");
		String id = projectId;
		Job.create("Loading the project's settings", monitor -> {
			try {
				CorpusStore store = workspace.store();
				Project project = store.project(id).orElse(null);
				if (project == null) {
					sync.asyncExec(() -> problem("The project is gone (deleted?)."));
					return Status.OK_STATUS;
				}
				Map<String, Map<String, Long>> usage = Map.of(Layers.ENTITY, store.labelUsage(id, Layers.ENTITY),
						Layers.STANCE, store.labelUsage(id, Layers.STANCE), Layers.SOURCE,
						store.labelUsage(id, Layers.SOURCE));
				List<ProjectLogEntry> log = store.projectLog(id, Instant.EPOCH);
				List<org.sanad.store.Member> team = store.members(id);
				sync.asyncExec(() -> {
					show(project, new SchemaDraft(project.getSchema(), usage), log, outcome);
					members.show(team);
				});
			} catch (RuntimeException e) { // an annotator on a server may not read the settings
				sync.asyncExec(() -> {
					if (!status.isDisposed()) {
						status.setText("Could not load the settings: " + e.getMessage());
					}
				});
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private void show(Project project, SchemaDraft fresh, List<ProjectLogEntry> log, String outcome) {
		if (heading.isDisposed()) {
			return;
		}
		draft = fresh;
		part.setLabel("Settings: " + project.getName());
		heading.setText(project.getName() + " — schema version " + project.getSchema().getVersion());
		storedPhrases = List.copyOf(project.getBoilerplatePhrases());
		phrases.setText(String.join("\n", storedPhrases));
		history.removeAll();
		for (ProjectLogEntry entry : log.reversed()) {
			TableItem item = new TableItem(history, SWT.NONE);
			item.setText(new String[] { WHEN.format(entry.at()), entry.actor(), entry.detail() });
		}
		showDraft();
		status.setText(outcome);
	}

	private void showDraft() {
		schema.show(draft);
		pending.setItems(draft.pending().stream().map(SchemaChange::describe).toArray(String[]::new));
		updateDirty();
	}

	private void propose(SchemaChange change) {
		if (draft == null) {
			return;
		}
		draft.propose(change); // a refusal reaches the section, which shows it
		showDraft();
		status.setText("Pending: " + change.describe() + ". Save applies it; Undo takes it back.");
	}

	private void problem(String message) {
		if (!status.isDisposed()) {
			status.setText("Not done: " + message);
		}
	}

	private void undo() {
		SchemaChange undone = draft == null ? null : draft.undo();
		status.setText(undone == null ? "Nothing to undo." : "Undone: " + undone.describe() + ".");
		showDraft();
	}

	private List<String> typedPhrases() {
		return phrases.getText().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	private void updateDirty() {
		dirty.setDirty((draft != null && draft.isDirty()) || !typedPhrases().equals(storedPhrases));
	}

	/** What Save writes, taken from the editor on the UI thread. */
	private record Saving(String projectId, List<SchemaChange> changes, List<String> phrases, String actor) {

		/**
		 * Phrases first: setting them again is harmless, so if the schema changes are refused
		 * after them, Save can simply be pressed again; the schema changes go all or none.
		 */
		List<SchemaChangeReport> write(Workspace workspace) {
			if (phrases != null) {
				workspace.store().setBoilerplatePhrases(projectId, phrases);
			}
			return changes.isEmpty() ? List.of() : workspace.store().changeSchema(projectId, changes, actor);
		}
	}

	private Saving saving() {
		List<String> typed = typedPhrases();
		return new Saving(projectId, draft.pending(), typed.equals(storedPhrases) ? null : typed,
				annotator == null ? "workbench" : annotator);
	}

	/** The Save button: in the background, with the outcome in the status line. */
	private void save() {
		if (draft == null || !dirty.isDirty() || saving) {
			return;
		}
		Saving what = saving();
		saving = true;
		apply.setEnabled(false);
		status.setText("Applying " + what.changes().size() + " change" + (what.changes().size() == 1 ? "" : "s") + "…");
		Job.create("Applying schema changes", monitor -> {
			try {
				List<SchemaChangeReport> reports = what.write(workspace);
				sync.asyncExec(() -> applied(reports));
				announce(what.projectId());
			} catch (RuntimeException e) {
				sync.asyncExec(() -> {
					saving = false;
					if (!apply.isDisposed()) {
						apply.setEnabled(true);
						problem(e.getMessage());
					}
				});
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	/**
	 * Saving when the workbench asks (closing a dirty editor, quitting): at once, since the part
	 * may be gone right after; a failure is shown and keeps the editor dirty.
	 */
	@Persist
	void persist() {
		if (draft == null || !dirty.isDirty() || saving) {
			return;
		}
		Saving what = saving();
		try {
			org.eclipse.swt.custom.BusyIndicator.showWhile(status.getDisplay(), () -> what.write(workspace));
			draft = null; // applied: the draft is read again from the store
			dirty.setDirty(false);
			announce(what.projectId());
			reload("Saved.");
		} catch (RuntimeException e) {
			problem(e.getMessage());
			org.eclipse.jface.dialogs.MessageDialog.openError(status.getShell(), "Project Settings",
					"The settings were not saved: " + e.getMessage());
		}
	}

	private void announce(String id) {
		events.post(SanadTopics.ANNOTATIONS_CHANGED, id); // the search index follows
		events.post(SanadTopics.CORPUS_CHANGED, id);
	}

	private void applied(List<SchemaChangeReport> reports) {
		saving = false;
		if (status.isDisposed()) {
			return;
		}
		apply.setEnabled(true);
		int annotations = reports.stream().mapToInt(SchemaChangeReport::annotations).sum();
		String version = reports.isEmpty() ? "" : "; schema version " + reports.getLast().version();
		reload("Saved: " + reports.size() + " schema change" + (reports.size() == 1 ? "" : "s") + version + "; "
				+ annotations + " annotation" + (annotations == 1 ? "" : "s") + " changed.");
	}

	@Focus
	void focus() {
		tabs.setFocus(); // the tab shown, whichever it is
	}

	@PreDestroy
	void dispose() {
		schema.dispose();
	}
}
