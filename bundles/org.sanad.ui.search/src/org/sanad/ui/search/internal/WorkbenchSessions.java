package org.sanad.ui.search.internal;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.MApplication;
import org.sanad.editing.AnnotationSession;
import org.sanad.editing.BulkLabeling;
import org.sanad.ui.editor.OpenSessions;
import org.sanad.workspace.Workspace;

/**
 * Sessions for a labelling by example: an open editor's, so that it shows the new labels and can
 * undo them, or one opened from the store and shared with any editor opened later.
 */
final class WorkbenchSessions implements BulkLabeling.Sessions {

	private final OpenSessions sessions;
	private final Workspace workspace;
	private final String annotator;

	WorkbenchSessions(MApplication application, Workspace workspace, String annotator) {
		this.sessions = OpenSessions.of(application.getContext());
		this.workspace = workspace;
		this.annotator = annotator;
	}

	@Override
	public AnnotationSession acquire(String documentId) {
		return sessions.acquire(documentId, () -> AnnotationSession.open(workspace.store(),
				workspace.store().document(documentId).orElseThrow(() -> new org.sanad.store.StoreException("No document with id " + documentId)),
				annotator, org.sanad.editing.Outbox.in(workspace.dataDirectory())));
	}

	@Override
	public void release(AnnotationSession session) {
		if (sessions.release(session)) {
			Job.create("Closing " + session.document().getTitle(), monitor -> {
				session.close();
				return Status.OK_STATUS;
			}).schedule();
		}
	}
}
