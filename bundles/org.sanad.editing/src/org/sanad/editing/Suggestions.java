package org.sanad.editing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanad.model.EntityMention;
import org.sanad.preannotation.Suggestion;

/**
 * The pre-annotators' suggestions for one open document, until the annotator decides on each:
 * accepting one labels its span in the annotator's own set (an ordinary edit, undoable),
 * rejecting one hides it for this session. Suggestions the set already holds (the same span with
 * the same label) and those touching boilerplate are not offered. Used on the UI thread.
 */
public final class Suggestions {

	private final AnnotationSession session;
	private final AnnotationActions actions;
	private List<Suggestion> all = List.of();
	private final Set<Suggestion> rejected = new HashSet<>();

	public Suggestions(AnnotationSession session, AnnotationActions actions) {
		this.session = session;
		this.actions = actions;
	}

	/** Replaces the suggestions (a new answer of the pre-annotators); rejections are kept. */
	public void set(List<Suggestion> suggestions) {
		List<Suggestion> sorted = new ArrayList<>(suggestions);
		sorted.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(a.end(), b.end()));
		all = List.copyOf(sorted);
	}

	/** @return the suggestions still open, in text order */
	public List<Suggestion> open() {
		int length = session.text().length();
		return all.stream().filter(s -> !rejected.contains(s) && s.end() <= length && !held(s)
				&& session.boilerplateIn(s.begin(), s.end()).isEmpty()).toList();
	}

	/** @return the open suggestion covering this offset (the shortest, if several do) */
	public Optional<Suggestion> at(int offset) {
		return open().stream().filter(s -> s.begin() <= offset && offset < s.end())
				.min((a, b) -> Integer.compare(a.end() - a.begin(), b.end() - b.begin()));
	}

	/** @return the first open suggestion beginning after this offset, or else the first of all */
	public Optional<Suggestion> next(int offset) {
		List<Suggestion> open = open();
		return open.stream().filter(s -> s.begin() > offset).findFirst().or(() -> open.stream().findFirst());
	}

	/**
	 * Labels the suggestion's span exactly as proposed (no snapping to words), in the annotator's set.
	 *
	 * @return the entity that now carries the label
	 */
	public EntityMention accept(Suggestion suggestion) {
		if (held(suggestion)) {
			throw new EditRefusedException("Already labelled " + suggestion.label());
		}
		boolean snap = actions.snapToWords();
		actions.setSnapToWords(false);
		try {
			return actions.labelEntity(suggestion.begin(), suggestion.end(), suggestion.label());
		} finally {
			actions.setSnapToWords(snap);
		}
	}

	/** Hides the suggestion for the rest of this session; nothing is stored. */
	public void reject(Suggestion suggestion) {
		rejected.add(suggestion);
	}

	private boolean held(Suggestion s) {
		return session.marks(s.begin(), s.end()).stream()
				.anyMatch(m -> m.annotation() instanceof EntityMention e && e.getBegin() == s.begin()
						&& e.getEnd() == s.end() && s.label().equals(e.getLabel()));
	}
}
