package org.sanad.ui.corpus.internal;

import java.util.List;

import org.sanad.model.Project;

/** A project in the explorer with its documents, in import order. */
record ProjectNode(Project project, List<DocumentRow> documents) {

	@Override
	public boolean equals(Object other) {
		return other instanceof ProjectNode p && p.project.getId().equals(project.getId());
	}

	@Override
	public int hashCode() {
		return project.getId().hashCode();
	}
}
