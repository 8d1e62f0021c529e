package org.sanad.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanad.model.Annotation;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.LabelSchema;
import org.sanad.preannotation.PreAnnotationContext;
import org.sanad.preannotation.PreAnnotator;
import org.sanad.preannotation.PreAnnotators;
import org.sanad.preannotation.Proposal;
import org.sanad.preannotation.Suggestion;
import org.sanad.preannotation.internal.PreAnnotatorsService;
import org.sanad.store.CorpusStore;

/**
 * Pre-annotators' proposals become suggestions on a real H2 store: only an accepted one reaches
 * the annotator's set, exactly on the proposed span.
 */
class SuggestionsTest {

	private static final Duration WAIT = Duration.ofSeconds(10);

	@TempDir
	Path folder;

	private StoreFixture fixture;
	private AnnotationSession session;
	private Suggestions suggestions;

	@BeforeEach
	void open() {
		fixture = new StoreFixture(folder);
		session = fixture.open("ann");
		suggestions = new Suggestions(session, new AnnotationActions(session));
	}

	@AfterEach
	void close() {
		session.close();
		fixture.close();
	}

	private static PreAnnotator words(String name, String label, String... words) {
		return new PreAnnotator() {
			@Override
			public String name() {
				return name;
			}

			@Override
			public List<Proposal> propose(Document document, LabelSchema schema, PreAnnotationContext context) {
				List<Proposal> found = new java.util.ArrayList<>();
				for (String word : words) {
					for (int at = document.getText().indexOf(word); at >= 0; at = document.getText().indexOf(word, at + 1)) {
						found.add(new Proposal(at, at + word.length(), label, "listed"));
					}
				}
				return found;
			}
		};
	}

	private PreAnnotators.Result ask(PreAnnotator... preAnnotators) {
		return new PreAnnotatorsService(List.of(preAnnotators)).propose(session.document(), session.schema(),
				new PreAnnotationContext() {
					@Override
					public CorpusStore store() {
						return fixture.real;
					}

					@Override
					public String projectId() {
						return fixture.project.getId();
					}

					@Override
					public boolean isCancelled() {
						return false;
					}
				});
	}

	@Test
	void onlyAnAcceptedSuggestionIsStoredOnItsExactSpan() throws InterruptedException {
		suggestions.set(ask(words("gazetteer", "ORG", "البنتاغون"), words("people", "PER", "باتريك رايدر")).suggestions());
		assertEquals(2, suggestions.open().size());
		assertTrue(session.flush(WAIT));
		assertTrue(fixture.real.annotationSet(fixture.documentId, "ann").getAnnotations().isEmpty(),
				"a suggestion is not written unasked");

		int begin = StoreFixture.at("البنتاغون");
		Suggestion org = suggestions.at(begin + 2).orElseThrow();
		assertEquals("gazetteer", org.by());
		EntityMention stored = suggestions.accept(org);
		assertEquals(begin, stored.getBegin());
		assertEquals(begin + "البنتاغون".length(), stored.getEnd());
		assertTrue(session.flush(WAIT));
		List<Annotation> kept = fixture.real.annotationSet(fixture.documentId, "ann").getAnnotations();
		assertEquals(1, kept.size());
		EntityMention mention = (EntityMention) kept.get(0);
		assertEquals("ORG", mention.getLabel());
		assertEquals("البنتاغون", fixture.real.document(fixture.documentId).orElseThrow().getText()
				.substring(mention.getBegin(), mention.getEnd()));
		assertEquals(List.of("PER"), suggestions.open().stream().map(Suggestion::label).toList(),
				"an accepted suggestion is no longer offered");
		assertThrows(EditRefusedException.class, () -> suggestions.accept(org));

		session.undo();
		assertEquals(2, suggestions.open().size(), "undoing the label offers the suggestion again");
	}

	@Test
	void rejectedAndAlreadyLabelledSuggestionsAreNotOffered() {
		suggestions.set(ask(words("gazetteer", "ORG", "البنتاغون", "العراق")).suggestions());
		int iraq = StoreFixture.at("العراق");
		new AnnotationActions(session).labelEntity(iraq, iraq + "العراق".length(), "ORG");
		assertEquals(List.of(StoreFixture.at("البنتاغون")), suggestions.open().stream().map(Suggestion::begin).toList());
		suggestions.reject(suggestions.open().get(0));
		assertTrue(suggestions.open().isEmpty());
		assertTrue(suggestions.next(0).isEmpty());
	}

	@Test
	void nextGoesThroughSuggestionsInTextOrderAndWraps() {
		suggestions.set(ask(words("gazetteer", "LOC", "العراق"), words("gazetteer", "ORG", "البنتاغون")).suggestions());
		int pentagon = StoreFixture.at("البنتاغون");
		int iraq = StoreFixture.at("العراق");
		assertEquals(pentagon, suggestions.next(0).orElseThrow().begin());
		assertEquals(iraq, suggestions.next(pentagon).orElseThrow().begin());
		assertEquals(pentagon, suggestions.next(iraq).orElseThrow().begin(), "after the last, the first");
	}

	@Test
	void proposalsTheSchemaCannotTakeAreLeftOutAndAFailingPreAnnotatorIsNamed() {
		PreAnnotator broken = new PreAnnotator() {
			@Override
			public String name() {
				return "broken";
			}

			@Override
			public List<Proposal> propose(Document document, LabelSchema schema, PreAnnotationContext context) {
				throw new IllegalStateException("word list missing");
			}
		};
		int length = session.text().length();
		PreAnnotators.Result result = ask(broken, words("twice", "ORG", "البنتاغون"), words("again", "ORG", "البنتاغون"),
				new PreAnnotator() {
					@Override
					public String name() {
						return "odd";
					}

					@Override
					public List<Proposal> propose(Document d, LabelSchema s, PreAnnotationContext c) {
						return List.of(new Proposal(0, 3, "NOT-A-LABEL", ""), new Proposal(length - 2, length + 5, "ORG", ""));
					}
				});
		assertEquals(List.of("broken: word list missing"), result.failures());
		assertEquals(1, result.suggestions().size(), "the same label on the same span once; unknown labels and spans past the text dropped");
		assertFalse(result.suggestions().get(0).label().isBlank());
	}

	@Test
	void suggestionsInBoilerplateAreNotOffered() {
		suggestions.set(ask(words("gazetteer", "ORG", "تنبيه")).suggestions());
		assertTrue(suggestions.open().isEmpty(), "the first line is boilerplate in the fixture");
	}
}
