package org.sanad.ui.curation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.sanad.curation.CurationDocument;
import org.sanad.curation.CurationStatus;
import org.sanad.curation.CurationUnit;
import org.sanad.curation.Values;
import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;
import org.sanad.model.Document;
import org.sanad.ui.WorkbenchIds;
import org.sanad.ui.editor.Editors;
import org.sanad.workspace.Workspace;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Where the gold set differs from the annotator's own set, for the document in the active editor,
 * once a curator marked it curated: what the annotator chose, what the gold set holds, and the
 * curator's decision with its reason; the places are framed (dashed) in the editor's text.
 * Read-only; a double-click shows the span in the editor.
 */
public final class GoldFeedbackPart {

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

	private String annotator;
	private Label status;
	private Table table;
	private String documentId;
	private final List<CurationUnit> rows = new ArrayList<>();

	@PostConstruct
	void create(Composite parent, @Optional @Named(WorkbenchIds.ANNOTATOR) String name) {
		annotator = name;
		Composite root = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(root);
		status = new Label(root, SWT.WRAP);
		status.setText("Open a document to see where the gold set differs from your annotations.");
		status.setData(WorkbenchIds.WIDGET_KEY, "feedback.status");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(status);
		table = new Table(root, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.BORDER);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(WorkbenchIds.WIDGET_KEY, "feedback.table");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		for (String title : List.of("Text", "You", "Gold", "Curator")) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(title);
			column.setWidth(title.equals("Curator") ? 220 : 100);
		}
		// the document of the editor in front, if any: this part may open after the editor did
		if (models.find(WorkbenchIds.EDITOR_STACK, application) instanceof MPartStack stack
				&& stack.getSelectedElement() instanceof MPart front) {
			activePart(front);
		}
		table.addListener(SWT.DefaultSelection, e -> {
			int index = table.getSelectionIndex();
			if (index >= 0 && rows.get(index).begin() >= 0) {
				Editors.openAt(parts, models, application, documentId, rows.get(index).begin(), rows.get(index).end());
			}
		});
	}

	@Inject
	@Optional
	void annotator(@Named(WorkbenchIds.ANNOTATOR) String name) {
		annotator = name;
	}

	@Inject
	@Optional
	void activePart(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
		String id = part == null ? null : part.getPersistedState().get(WorkbenchIds.DOCUMENT_ID);
		if (id != null && !id.equals(documentId) && table != null && !table.isDisposed()) {
			if (documentId != null) {
				Editors.showOverlay(parts, documentId, List.of());
			}
			documentId = id;
			load(id);
		}
	}

	private void load(String id) {
		String me = annotator;
		Job.create("Comparing with the gold set", monitor -> {
			Document document = workspace.store().document(id).orElse(null);
			if (document == null || me == null) {
				return Status.OK_STATUS;
			}
			AnnotationSet mine = workspace.store().annotationSet(id, me);
			CurationDocument compared = CurationDocument.of(workspace.store(), document,
					mine == null || mine.getId() == null ? Map.of() : Map.of(me, mine));
			sync.asyncExec(() -> show(compared, me));
			return Status.OK_STATUS;
		}).schedule();
	}

	private void show(CurationDocument compared, String me) {
		if (table.isDisposed() || !compared.document().getId().equals(documentId)) {
			return;
		}
		table.removeAll();
		rows.clear();
		Editors.showOverlay(parts, compared.document().getId(), List.of());
		if (compared.status() != CurationStatus.CURATED) {
			status.setText("“" + compared.document().getTitle() + "”: " + compared.status().label()
					+ ". The differences show once a curator marks it curated.");
			return;
		}
		String text = compared.document().getText();
		for (CurationUnit unit : compared.units()) {
			Annotation yours = unit.candidates().get(me);
			Annotation gold = unit.gold().isEmpty() ? null : unit.gold().get(0);
			boolean same = yours != null && gold != null && Values.of(yours).equals(Values.of(gold));
			if (same || yours == null && gold == null) {
				continue;
			}
			rows.add(unit);
			new TableItem(table, SWT.NONE).setText(new String[] {
					unit.begin() < 0 ? unit.key() : text.substring(unit.begin(), Math.min(text.length(), unit.end())),
					yours == null ? "—" : Values.describe(yours), gold == null ? "—" : Values.describe(gold),
					UnitTable.decision(unit.decision()) });
		}
		status.setText("“" + compared.document().getTitle() + "”: curated; the gold set differs from yours in "
				+ rows.size() + (rows.size() == 1 ? " place" : " places") + ", framed in the text.");
		Editors.showOverlay(parts, compared.document().getId(),
				rows.stream().filter(u -> u.begin() >= 0).map(u -> new int[] { u.begin(), u.end() }).toList());
		status.getParent().layout();
	}

	@Focus
	void focus() {
		table.setFocus();
	}

	/** The frames go with the part. */
	@jakarta.annotation.PreDestroy
	void dispose() {
		if (documentId != null) {
			Editors.showOverlay(parts, documentId, List.of());
		}
	}
}
