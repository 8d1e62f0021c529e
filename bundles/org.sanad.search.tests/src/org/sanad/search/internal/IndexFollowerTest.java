package org.sanad.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.event.Event;
import org.sanad.core.Topics;
import org.sanad.importer.ImportOptions;
import org.sanad.importer.ImportReport;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Project;
import org.sanad.model.SanadFactory;
import org.sanad.model.ids.TimeOrderedIds;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.store.AnnotationChange;
import org.sanad.store.CorpusStore;
import org.sanad.store.h2.internal.H2StoreProvider;
import org.sanad.workspace.Workspace;

/** The follower brings an index up to edits made elsewhere, in one batch after the events stop. */
class IndexFollowerTest {

	@TempDir
	Path data;

	@Test
	void anAnnotationEventBringsTheIndexUpToTheStore() throws Exception {
		try (CorpusStore store = new H2StoreProvider().open(data)) {
			Project project = store.createProject("Follow", null, DefaultSchema.create());
			Document d = SanadFactory.eINSTANCE.createDocument();
			d.setTitle("doc");
			d.setText("قال باتريك رايدر إن القوات باقية.");
			store.addDocuments(project.getId(), List.of(d));
			ProjectIndex index = new ProjectIndex(data, project);
			index.rebuild(store, project, new NullProgressMonitor());
			assertEquals(0, index.search("entity:PER", "ann", 10).total());

			EntityMention per = SanadFactory.eINSTANCE.createEntityMention();
			per.setId(TimeOrderedIds.next());
			per.setBegin(4);
			per.setEnd(16);
			per.setLabel("PER");
			store.apply(AnnotationChange.create(d.getId(), "ann", "ann", 0, per));
			IndexFollower follower = new IndexFollower(workspaceOver(store), 60_000);
			for (int i = 0; i < 5; i++) {
				follower.handleEvent(new Event(Topics.ANNOTATIONS_CHANGED, Map.of()));
			}
			long deadline = System.currentTimeMillis() + 20_000;
			while (index.search("entity:PER", "ann", 10).total() == 0 && System.currentTimeMillis() < deadline) {
				Thread.sleep(100);
			}
			assertEquals(1, index.search("entity.text:رايدر", "ann", 10).total());
			assertTrue(index.search("entity:PER", "bob", 10).hits().isEmpty());
			follower.stop();
		}
	}

	@Test
	void aChangeWrittenWithoutAnyEventReachesTheIndexThroughTheChangeFeed() throws Exception {
		try (CorpusStore store = new H2StoreProvider().open(data)) {
			Project project = store.createProject("Feed", null, DefaultSchema.create());
			Document d = SanadFactory.eINSTANCE.createDocument();
			d.setTitle("doc");
			d.setText("قال باتريك رايدر إن القوات باقية.");
			store.addDocuments(project.getId(), List.of(d));
			ProjectIndex index = new ProjectIndex(data, project);
			index.rebuild(store, project, new NullProgressMonitor());
			IndexFollower follower = new IndexFollower(workspaceOver(store), 200);
			Thread.sleep(600); // the follower has had its first look

			EntityMention per = SanadFactory.eINSTANCE.createEntityMention();
			per.setId(TimeOrderedIds.next());
			per.setBegin(4);
			per.setEnd(16);
			per.setLabel("PER");
			store.apply(AnnotationChange.create(d.getId(), "ann", "a-command", 0, per)); // no event posted
			Document later = SanadFactory.eINSTANCE.createDocument();
			later.setTitle("later");
			later.setText("وقالت بغداد إنها لم تقرر بعد.");
			store.addDocuments(project.getId(), List.of(later));

			long deadline = System.currentTimeMillis() + 20_000;
			while ((index.search("entity:PER", "ann", 10).total() == 0 || index.search("بغداد", "ann", 10).total() == 0)
					&& System.currentTimeMillis() < deadline) {
				Thread.sleep(100);
			}
			assertEquals(1, index.search("entity.text:رايدر", "ann", 10).total());
			assertEquals(1, index.search("بغداد", "ann", 10).total());
			follower.stop();
		}
	}

	private Workspace workspaceOver(CorpusStore store) {
		return new Workspace() {
			@Override
			public java.util.Optional<CorpusStore> storeIfOpen() {
				return java.util.Optional.of(store);
			}

			@Override
			public Path dataDirectory() {
				return data;
			}

			@Override
			public CorpusStore store() {
				return store;
			}

			@Override
			public ImportReport importFiles(Project project, List<Path> inputs, ImportOptions options,
					IProgressMonitor monitor) {
				throw new UnsupportedOperationException("not needed here");
			}

			@Override
			public Path restore(Path backup) {
				throw new UnsupportedOperationException("not needed here");
			}
		};
	}
}
