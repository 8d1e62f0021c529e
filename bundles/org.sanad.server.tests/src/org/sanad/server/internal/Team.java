package org.sanad.server.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

import org.sanad.model.AnnotationSet;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.Project;
import org.sanad.model.Role;
import org.sanad.model.SanadFactory;
import org.sanad.model.SetStatus;
import org.sanad.model.ids.TimeOrderedIds;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.server.ServerOptions;
import org.sanad.server.TeamServer;
import org.sanad.store.AnnotationChange;
import org.sanad.store.CorpusStore;
import org.sanad.store.h2.internal.H2StoreProvider;
import org.sanad.store.remote.KnownServers;
import org.sanad.store.remote.ServerConnections;

/**
 * A real server on a real H2 store with a team: admin (server administrator), carla (curator),
 * amal and badr (annotators), dina (an account without a role). Three documents: the first assigned
 * to amal and badr, the second to badr, the third to nobody.
 */
final class Team implements AutoCloseable {

	static final SanadFactory F = SanadFactory.eINSTANCE;
	static final String TEXT = "قال المتحدث باسم البنتاغون باتريك رايدر إن القوات باقية في عين الأسد.";

	final Path data;
	final CorpusStore local;
	final TeamServer server;
	final Project project;
	final String first;
	final String second;
	final String third;

	Team(Path data, ServerOptions options) {
		this.data = data;
		this.local = new H2StoreProvider().open(data.resolve("server"));
		for (String name : List.of("admin", "carla", "amal", "badr", "dina")) {
			local.accounts().add(name, null, name.equals("admin"));
			local.accounts().setPassword(name, password(name));
		}
		project = local.createProject("team", "", DefaultSchema.create());
		List<Document> documents = List.of(document("one", TEXT), document("two", TEXT + " ثانياً"),
				document("three", TEXT + " ثالثاً"));
		local.addDocuments(project.getId(), documents);
		first = documents.get(0).getId();
		second = documents.get(1).getId();
		third = documents.get(2).getId();
		local.setMember(project.getId(), "carla", Role.CURATOR, "admin");
		local.setMember(project.getId(), "amal", Role.ANNOTATOR, "admin");
		local.setMember(project.getId(), "badr", Role.ANNOTATOR, "admin");
		local.assign(project.getId(), List.of(first), "amal", "carla");
		local.assign(project.getId(), List.of(first, second), "badr", "carla");
		server = TeamServer.start(local, data.resolve("server"), options);
	}

	static char[] password(String user) {
		return (user + "-password").toCharArray();
	}

	/** @return a client signed in as {@code user}, its certificates pinned in the test's folder */
	CorpusStore as(String user) {
		return ServerConnections.connect(server.uri(), user, password(user), known(), message -> {
		});
	}

	KnownServers known() {
		return new KnownServers(data.resolve("client").resolve("known-servers.properties"));
	}

	URI uri() {
		return server.uri();
	}

	static Document document(String title, String text) {
		Document d = F.createDocument();
		d.setTitle(title);
		d.setOrigin(title + ".txt");
		d.setText(text);
		return d;
	}

	static EntityMention entity(String covered, String label) {
		EntityMention m = F.createEntityMention();
		m.setId(TimeOrderedIds.next());
		m.setBegin(TEXT.indexOf(covered));
		m.setEnd(TEXT.indexOf(covered) + covered.length());
		m.setLabel(label);
		return m;
	}

	/** Adds an entity to a set through {@code store}, against the set's current revision. */
	static long annotate(CorpusStore store, String documentId, String owner, String actor, String covered) {
		AnnotationSet set = store.annotationSet(documentId, owner);
		return store.apply(new AnnotationChange(documentId, owner, actor, set.getRevision(),
				List.of(entity(covered, "PER")), List.of(), List.of(), null));
	}

	/** Marks a document's gold set curated, as curation does at the end. */
	void curateGold(String documentId) {
		AnnotationSet gold = local.annotationSet(documentId, null);
		local.apply(new AnnotationChange(documentId, null, "carla", gold.getRevision(), List.of(entity("رايدر", "PER")),
				List.of(), List.of(), SetStatus.CURATED));
	}

	@Override
	public void close() {
		server.close();
		local.close();
	}
}
