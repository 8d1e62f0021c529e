package org.sanad.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.model.Document;
import org.sanad.model.Project;
import org.sanad.model.SanadFactory;
import org.sanad.model.schema.DefaultSchema;
import org.sanad.search.QuerySyntaxException;
import org.sanad.search.SearchHit;
import org.sanad.store.CorpusStore;
import org.sanad.store.h2.internal.H2StoreProvider;

/** A real on-disk Lucene index built from a real H2 store. */
class ProjectIndexTest {

	@TempDir
	Path data;

	private CorpusStore store;
	private Project project;
	private ProjectIndex index;

	@BeforeEach
	void build() {
		store = new H2StoreProvider().open(data);
		project = store.createProject("Search", null, DefaultSchema.create());
		List<Document> documents = new ArrayList<>();
		documents.add(document("hamza", "التقى أحمد بالسفير في بغداد."));
		documents.add(document("kasra", "قال إحمد إن الاجتماع انتهى."));
		documents.add(document("library", "افتتحت مكتبة جديدة في الموصل."));
		documents.add(document("maqsura", "وقع الاتفاق على الطاولة."));
		documents.add(document("harakat", "قالَ مُحَمَّـــد إنَّ القواتِ باقية."));
		documents.add(document("latin", "Pentagon press secretary Patrick Ryder said 2,500 troops stay."));
		documents.add(document("phrase", "وصل الكتاب الأحمر أمس إلى الوزارة."));
		documents.add(document("digits", "نشر ٢٥٠٠ جندي في القاعدة."));
		store.addDocuments(project.getId(), documents);
		index = new ProjectIndex(data, project);
		index.rebuild(store, project, new NullProgressMonitor());
	}

	@AfterEach
	void close() {
		index.close();
		store.close();
	}

	private static Document document(String title, String text) {
		Document d = SanadFactory.eINSTANCE.createDocument();
		d.setTitle(title);
		d.setOrigin(title + ".txt");
		d.setLanguage("ar");
		d.setText(text);
		return d;
	}

	private Set<String> found(String query) {
		Set<String> titles = new TreeSet<>();
		for (SearchHit hit : index.search(query, "ann", 100).hits()) {
			titles.add(hit.title());
		}
		return titles;
	}

	@Test
	void hamzaAndAlefFormsFindEachOther() {
		assertEquals(Set.of("hamza", "kasra"), found("احمد"));
		assertEquals(Set.of("hamza", "kasra"), found("أحمد"));
		assertEquals(Set.of("hamza", "kasra"), found("إحمد"));
	}

	@Test
	void taaMarbutaAlefMaqsuraHarakatAndTatweelAreNormalised() {
		assertEquals(Set.of("library"), found("مكتبه"));
		assertEquals(Set.of("library"), found("مكتبة"));
		assertEquals(Set.of("maqsura"), found("علي"), "على is written with alef maqsura");
		assertEquals(Set.of("harakat"), found("محمد"));
		assertEquals(Set.of("harakat"), found("مُحَمَّد"));
	}

	@Test
	void wordsFindTheirFormsButQuotedPhrasesAreExact() {
		assertEquals(Set.of("phrase"), found("كتاب"), "stemming strips the article");
		assertEquals(Set.of(), found("\"كتاب\""), "an exact phrase keeps it");
		assertEquals(Set.of("phrase"), found("\"الكتاب الاحمر\""), "normalised, not stemmed");
		assertEquals(Set.of(), found("\"الاحمر الكتاب\""), "word order counts in a phrase");
	}

	@Test
	void latinDigitsAndBooleanOperators() {
		assertEquals(Set.of("latin"), found("pentagon"));
		assertEquals(Set.of("latin"), found("\"Patrick Ryder\""));
		assertEquals(Set.of("digits"), found("2500"), "Arabic-Indic digits are indexed as 0-9");
		assertEquals(Set.of("hamza", "library"), found("بغداد OR الموصل"));
		assertEquals(Set.of("kasra"), found("احمد NOT بغداد"));
		assertEquals(Set.of("hamza"), found("احمد بغداد"), "words are ANDed by default");
		assertEquals(Set.of("latin"), found("title:latin"));
	}

	private String id(String title) {
		return store.documents(project.getId(), 0, 100).stream().filter(d -> d.getTitle().equals(title)).findFirst()
				.orElseThrow().getId();
	}

	private void annotate(String owner, String title, org.sanad.model.Annotation... annotations) {
		String doc = id(title);
		long revision = store.annotationSet(doc, owner).getRevision();
		store.apply(new org.sanad.store.AnnotationChange(doc, owner, owner == null ? "curator" : owner, revision,
				List.of(annotations), List.of(), List.of(), null));
	}

	private static org.sanad.model.EntityMention entity(String text, String word, String label) {
		var m = SanadFactory.eINSTANCE.createEntityMention();
		m.setId(org.sanad.model.ids.TimeOrderedIds.next());
		m.setBegin(text.indexOf(word));
		m.setEnd(text.indexOf(word) + word.length());
		m.setLabel(label);
		return m;
	}

	private static org.sanad.model.SourceAttribution source(org.sanad.model.Reliability r) {
		var s = SanadFactory.eINSTANCE.createSourceAttribution();
		s.setId(org.sanad.model.ids.TimeOrderedIds.next());
		s.setBegin(0);
		s.setEnd(3);
		s.setKind("named-official");
		s.setReliability(r);
		s.setCredibility(org.sanad.model.Credibility.POSSIBLY_TRUE);
		return s;
	}

	@Test
	void annotationFiltersSeeOnlyTheAskersAndTheGoldAnnotationsAndFollowTheStore() {
		String hamza = "التقى أحمد بالسفير في بغداد.";
		String latin = "Pentagon press secretary Patrick Ryder said 2,500 troops stay.";
		annotate("ann", "hamza", entity(hamza, "أحمد", "PER"), source(org.sanad.model.Reliability.B));
		annotate("bob", "latin", entity(latin, "Patrick Ryder", "PER"), source(org.sanad.model.Reliability.E));
		annotate(null, "library", entity("افتتحت مكتبة جديدة في الموصل.", "الموصل", "GPE"));
		index.catchUp(store, project, new NullProgressMonitor());

		assertEquals(Set.of("hamza"), found("entity:PER"), "bob's PER is not ann's to see");
		assertEquals(Set.of("latin"), titles(index.search("entity:per", "bob", 100)), "labels ignore case");
		assertEquals(Set.of("library"), found("entity:GPE"), "the gold set is visible");
		assertEquals(Set.of("hamza"), found("entity.text:احمد"), "entity text is normalised");
		assertEquals(Set.of("hamza"), found("(entity:PER AND entity.text:\"أحمد\")"));
		assertEquals(Set.of("hamza"), found("source.reliability:<=C"));
		assertEquals(Set.of(), titles(index.search("source.reliability:<=C", "bob", 100)), "E is worse than C");
		annotate("bob", "digits", source(org.sanad.model.Reliability.UNRATED));
		index.catchUp(store, project, new NullProgressMonitor());
		assertEquals(Set.of(), titles(index.search("source.reliability:<=C", "bob", 100)), "unrated is no grade");
		assertEquals(Set.of("hamza"), found("بغداد AND entity:PER"));
		assertEquals(Set.of("kasra"), found("احمد NOT entity:PER"));
		assertEquals(Set.of("hamza"), found("status:\"in progress\""));
		assertEquals(Set.of(), found("annotator:bob"), "naming another annotator does not lift the wall");

		annotate("ann", "harakat", entity("قالَ مُحَمَّـــد إنَّ القواتِ باقية.", "مُحَمَّـــد", "PER"));
		index.catchUp(store, project, new NullProgressMonitor());
		assertEquals(Set.of("hamza", "harakat"), found("entity:PER"), "a catch-up brings new annotations");

		QuerySyntaxException mixed = assertThrows(QuerySyntaxException.class,
				() -> index.search("بغداد OR entity:PER", "ann", 10));
		assertTrue(mixed.getMessage().contains("not OR"), mixed.getMessage());
		QuerySyntaxException unknown = assertThrows(QuerySyntaxException.class,
				() -> index.search("colour:red", "ann", 10));
		assertTrue(unknown.getMessage().contains("unknown field 'colour'"), unknown.getMessage());
	}

	@Test
	void deletedDocumentsLeaveTheIndexAndLaterImportsAreFound() {
		annotate("ann", "hamza", entity("التقى أحمد بالسفير في بغداد.", "أحمد", "PER"));
		index.catchUp(store, project, new NullProgressMonitor());
		assertEquals(Set.of("hamza"), found("بغداد"));
		String hamza = idOf("hamza");

		store.deleteDocuments(project.getId(), List.of(hamza, idOf("library")), "admin");
		store.addDocuments(project.getId(), List.of(document("later", "وصل وفد إلى بغداد صباح اليوم.")));
		index.catchUp(store, project, new NullProgressMonitor());

		assertEquals(Set.of("later"), found("بغداد"), "the deleted text is gone, the new one found");
		assertEquals(Set.of(), found("entity:PER"), "its annotations went with it");
		assertEquals(Set.of(), found("مكتبة"));
	}

	@Test
	void anIndexAheadOfARestoredStoreStartsAgain() {
		Path backup = data.resolveSibling(data.getFileName() + "-backup.zip");
		store.backup(backup);
		store.addDocuments(project.getId(), List.of(document("later", "وصل وفد إلى بغداد صباح اليوم.")));
		index.catchUp(store, project, new NullProgressMonitor());
		assertEquals(Set.of("hamza", "later"), found("بغداد"));
		store.close();
		new H2StoreProvider().restore(data, backup); // the store as it was, without "later"
		store = new H2StoreProvider().open(data);

		index.catchUp(store, project, new NullProgressMonitor());

		assertEquals(Set.of("hamza"), found("بغداد"), "no hit for a text the store does not have");
	}

	@Test
	void theIndexesOfDeletedProjectsAreDropped() throws Exception {
		Project gone = store.createProject("Gone", null, DefaultSchema.create());
		ProjectIndex goneIndex = new ProjectIndex(data, gone);
		goneIndex.rebuild(store, gone, new NullProgressMonitor());
		goneIndex.close();
		Path rebuilding = Files.createDirectories(data.resolve("index").resolve(project.getId() + ".new"));
		store.deleteProject(gone.getId(), "admin");

		int dropped = ProjectIndex.dropOthers(data, Set.of(project.getId()));

		assertEquals(1, dropped);
		assertTrue(Files.notExists(data.resolve("index").resolve(gone.getId())));
		assertTrue(Files.exists(rebuilding), "a rebuild in progress is left alone");
		assertEquals(Set.of("hamza"), found("بغداد"), "the remaining project's index still answers");
	}

	private String idOf(String title) {
		return store.documents(project.getId(), 0, 100).stream().filter(d -> title.equals(d.getTitle())).findFirst()
				.orElseThrow().getId();
	}

	private static Set<String> titles(org.sanad.search.SearchResults results) {
		Set<String> titles = new TreeSet<>();
		results.hits().forEach(h -> titles.add(h.title()));
		return titles;
	}

	@Test
	void syntaxErrorsAreOneLineWithAColumn() {
		QuerySyntaxException unclosed = assertThrows(QuerySyntaxException.class, () -> index.search("\"الكتاب", "ann", 10));
		assertFalse(unclosed.getMessage().contains("\n"), unclosed.getMessage());
		assertTrue(unclosed.getMessage().startsWith("Query error"), unclosed.getMessage());
		QuerySyntaxException dangling = assertThrows(QuerySyntaxException.class, () -> index.search("احمد AND", "ann", 10));
		assertTrue(dangling.column() > 0, dangling.getMessage());
		assertThrows(QuerySyntaxException.class, () -> index.search("  ", "ann", 10));
	}

	@Test
	void aCorruptIndexIsDetectedAndRebuilt() throws Exception {
		assertTrue(index.healthy());
		Path folder = data.resolve("index").resolve(project.getId());
		Path victim;
		try (Stream<Path> files = Files.list(folder)) {
			victim = files.filter(p -> !p.getFileName().toString().startsWith("segments")
					&& !p.getFileName().toString().equals("write.lock"))
					.max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
		}
		byte[] bytes = Files.readAllBytes(victim);
		for (int i = bytes.length / 3; i < bytes.length / 3 + 16 && i < bytes.length; i++) {
			bytes[i] ^= 0x5A;
		}
		Files.write(victim, bytes);
		assertFalse(index.healthy(), "a flipped byte in " + victim.getFileName() + " is found");
		index.rebuild(store, project, new NullProgressMonitor());
		assertTrue(index.healthy());
		assertEquals(Set.of("library"), found("مكتبه"));
	}

	@Test
	void aDeletedIndexIsRebuiltFromTheStoreAndACancelledRebuildKeepsTheOld() throws Exception {
		Path folder = data.resolve("index").resolve(project.getId());
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
		assertFalse(index.exists());
		index.rebuild(store, project, new NullProgressMonitor());
		assertEquals(Set.of("library"), found("مكتبه"));
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> index.rebuild(store, project, cancelled));
		assertEquals(Set.of("library"), found("مكتبه"), "the old index still answers");
		assertFalse(Files.exists(folder.resolveSibling(project.getId() + ".new")));
	}

	private SearchHit hit(String query, String title) {
		return index.search(query, "ann", 100, store::texts).hits().stream().filter(h -> h.title().equals(title))
				.findFirst().orElseThrow(() -> new AssertionError(query + " does not find " + title));
	}

	private static List<String> covered(String text, SearchHit hit) {
		return hit.matches().stream().map(m -> text.substring(m.begin(), m.end())).toList();
	}

	@Test
	void hitsCarryTheExactOffsetsOfTheirMatchesAndASnippet() {
		assertEquals(List.of("أحمد"), covered("التقى أحمد بالسفير في بغداد.", hit("احمد", "hamza")));
		assertEquals(List.of("مُحَمَّـــد"), covered("قالَ مُحَمَّـــد إنَّ القواتِ باقية.", hit("محمد", "harakat")),
				"the match covers the harakat and tatweel of the word as written");
		assertEquals(List.of("الكتاب الأحمر"), covered("وصل الكتاب الأحمر أمس إلى الوزارة.", hit("\"الكتاب الاحمر\"", "phrase")));
		assertEquals(List.of("إحمد"), covered("قال إحمد إن الاجتماع انتهى.", hit("احمد NOT بغداد", "kasra")),
				"words left out are not marked");
		assertEquals(List.of("Patrick Ryder"), covered("Pentagon press secretary Patrick Ryder said 2,500 troops stay.",
				hit("\"patrick ryder\"", "latin")));

		StringBuilder long_ = new StringBuilder();
		for (int i = 0; i < 40; i++) {
			long_.append("جملة عادية رقم ").append(i).append(" عن الطقس.\n");
		}
		int at = long_.length();
		long_.append("هنا ظهر اسم رايدر فجأة.\n");
		for (int i = 0; i < 40; i++) {
			long_.append("جملة أخرى عن السوق.\n");
		}
		store.addDocuments(project.getId(), List.of(document("long", long_.toString())));
		index.catchUp(store, project, new NullProgressMonitor());
		SearchHit hit = hit("رايدر", "long");
		String text = long_.toString();
		assertEquals(List.of("رايدر"), covered(text, hit));
		assertTrue(hit.snippetBegin() > 0 && hit.snippetBegin() < at, "the snippet starts before the match");
		assertTrue(Character.isWhitespace(text.charAt(hit.snippetBegin() - 1)), "and at a word's start");
		assertTrue(hit.snippet().length() < 260, hit.snippet());
		assertFalse(hit.snippet().contains("\n"), "one line");
		var inSnippet = hit.snippetMatches();
		assertEquals(1, inSnippet.size());
		assertEquals("رايدر", hit.snippet().substring(inSnippet.get(0).begin(), inSnippet.get(0).end()));
	}

	@Test
	void facetsCountTheMatchingDocumentsByWhatTheAskerMaySee() {
		String hamza = "التقى أحمد بالسفير في بغداد.";
		String kasra = "قال إحمد إن الاجتماع انتهى.";
		annotate("ann", "hamza", entity(hamza, "أحمد", "PER"), entity(hamza, "بغداد", "GPE"),
				source(org.sanad.model.Reliability.B));
		annotate("ann", "kasra", entity(kasra, "إحمد", "PER"));
		annotate("bob", "kasra", entity(kasra, "إحمد", "ORG"), source(org.sanad.model.Reliability.E));
		annotate(null, "library", entity("افتتحت مكتبة جديدة في الموصل.", "الموصل", "GPE"));
		index.catchUp(store, project, new NullProgressMonitor());

		var results = index.search("احمد", "ann", 100, store::texts);
		assertEquals(2, results.total());
		assertEquals(java.util.Map.of("PER", 2L, "GPE", 1L), results.facet(org.sanad.search.SearchResults.ENTITY),
				"two documents with a PER, counted once each; bob's ORG is not counted");
		assertEquals(java.util.Map.of("B", 1L), results.facet(org.sanad.search.SearchResults.RELIABILITY));
		assertEquals("PER", results.facet(org.sanad.search.SearchResults.ENTITY).keySet().iterator().next(),
				"most frequent first");
		var bobs = index.search("احمد", "bob", 100, store::texts);
		assertEquals(java.util.Map.of("ORG", 1L), bobs.facet(org.sanad.search.SearchResults.ENTITY),
				"bob counts his own ORG and none of ann's PERs");
		assertEquals(java.util.Map.of("E", 1L), bobs.facet(org.sanad.search.SearchResults.RELIABILITY));

		SearchHit byAnnotation = index.search("entity:GPE", "ann", 100, store::texts).hits().stream()
				.filter(h -> h.title().equals("hamza")).findFirst().orElseThrow();
		assertEquals(List.of("بغداد"), covered(hamza, byAnnotation), "a filter-only hit points at its annotation");

		// the GPE goes: the set is indexed again, and its old Lucene documents must not count
		var set = store.annotationSet(id("hamza"), "ann");
		String gpe = set.getAnnotations().stream()
				.filter(a -> a instanceof org.sanad.model.EntityMention m && m.getLabel().equals("GPE")).findFirst()
				.orElseThrow().getId();
		store.apply(new org.sanad.store.AnnotationChange(id("hamza"), "ann", "ann", set.getRevision(), List.of(),
				List.of(), List.of(gpe), null));
		index.catchUp(store, project, new NullProgressMonitor());
		assertEquals(java.util.Map.of("PER", 2L),
				index.search("احمد", "ann", 100, store::texts).facet(org.sanad.search.SearchResults.ENTITY));
		assertEquals(Set.of("library"), found("entity:GPE"), "only gold's GPE is left");
	}

	@Test
	void anIndexOfAnOlderLayoutIsStaleAndRebuilt() throws Exception {
		assertEquals(org.sanad.search.IndexState.READY, index.state());
		Path folder = data.resolve("index").resolve(project.getId());
		try (var directory = org.apache.lucene.store.FSDirectory.open(folder);
				var writer = new org.apache.lucene.index.IndexWriter(directory,
						new org.apache.lucene.index.IndexWriterConfig(ProjectIndex.analyzer()))) {
			writer.setLiveCommitData(java.util.Map.of("sanad.format", "1").entrySet());
			writer.commit();
		}
		assertEquals(org.sanad.search.IndexState.STALE, index.state());
		index.rebuild(store, project, new NullProgressMonitor());
		assertEquals(org.sanad.search.IndexState.READY, index.state());
		assertEquals(Set.of("library"), found("مكتبه"));
	}
	@Test
	void aCatchUpRewritesOnlyTheAnnotationsThatChanged() {
		String hamza = "التقى أحمد بالسفير في بغداد.";
		var ahmad = entity(hamza, "أحمد", "PER");
		var envoy = entity(hamza, "بالسفير", "PER");
		annotate("ann", "hamza", ahmad, entity(hamza, "بغداد", "GPE"), envoy);
		assertEquals(new ProjectIndex.CatchUp(0, 0, 0, 1), index.catchUp(store, project, new NullProgressMonitor()),
				"a set the index does not hold yet is written whole");
		assertEquals(new ProjectIndex.CatchUp(0, 1, 0, 0), index.catchUp(store, project, new NullProgressMonitor()),
				"looked at again (it changed lately) but already indexed at its revision");

		var relabelled = org.eclipse.emf.ecore.util.EcoreUtil.copy(ahmad);
		relabelled.setLabel("ORG");
		long revision = store.annotationSet(id("hamza"), "ann").getRevision();
		store.apply(new org.sanad.store.AnnotationChange(id("hamza"), "ann", "ann", revision, List.of(),
				List.of(relabelled), List.of(envoy.getId()), null));
		assertEquals(new ProjectIndex.CatchUp(0, 0, 1, 0), index.catchUp(store, project, new NullProgressMonitor()));
		assertEquals(Set.of("hamza"), found("entity:ORG"));
		assertEquals(Set.of(), found("entity:PER"), "relabelled and deleted: no PER left");
		assertEquals(Set.of("hamza"), found("entity:GPE"), "the unchanged annotation is still there");
		assertEquals(java.util.Map.of("ORG", 1L, "GPE", 1L),
				index.search("بغداد", "ann", 100, store::texts).facet(org.sanad.search.SearchResults.ENTITY),
				"no old Lucene document of a changed annotation counts");
	}

	@Test
	void aStoreThatCannotTellChangesGetsTheWholeSetRewritten() {
		String hamza = "التقى أحمد بالسفير في بغداد.";
		var baghdad = entity(hamza, "بغداد", "GPE");
		annotate("ann", "hamza", entity(hamza, "أحمد", "PER"), baghdad);
		index.catchUp(store, project, new NullProgressMonitor());
		CorpusStore forgetful = (CorpusStore) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { CorpusStore.class }, (proxy, method, args) -> method.getName().equals("changesSince")
						? java.util.Optional.empty()
						: method.invoke(store, args));
		var moved = org.eclipse.emf.ecore.util.EcoreUtil.copy(baghdad);
		moved.setLabel("LOC");
		long revision = store.annotationSet(id("hamza"), "ann").getRevision();
		store.apply(new org.sanad.store.AnnotationChange(id("hamza"), "ann", "ann", revision, List.of(), List.of(moved),
				List.of(), null));
		assertEquals(new ProjectIndex.CatchUp(0, 0, 0, 1), index.catchUp(forgetful, project, new NullProgressMonitor()));
		assertEquals(Set.of("hamza"), found("entity:LOC"));
		assertEquals(Set.of(), found("entity:GPE"));
		assertEquals(Set.of("hamza"), found("entity:PER"));
	}
}
