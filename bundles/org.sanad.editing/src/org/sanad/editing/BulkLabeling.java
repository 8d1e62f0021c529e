package org.sanad.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import org.sanad.model.Annotation;
import org.sanad.model.EntityMention;
import org.sanad.model.SanadFactory;
import org.sanad.model.ids.TimeOrderedIds;

/**
 * Labelling by example: one entity label applied to many spans across documents (every match of a
 * phrase, say), as one edit per document that {@link BulkEdit} undoes and redoes as one. Spans
 * that touch boilerplate, or that an entity of the annotator's already covers exactly, are left
 * alone and counted.
 */
public final class BulkLabeling {

	/** A span of a document to label, in UTF-16 units. */
	public record Target(String documentId, int begin, int end) {
	}

	/**
	 * Where the sessions come from: an editor's if the document is open in one (so that the editor
	 * shows the labels and its undo stack has them), otherwise one opened for the bulk edit.
	 */
	public interface Sessions {
		/** @return the annotator's session of a document, opened if need be */
		AnnotationSession acquire(String documentId);

		/** Gives back a session acquired here. */
		void release(AnnotationSession session);
	}

	/** Progress of the documents, and a way to stop between them. */
	public interface Progress {
		void documentDone(int done, int total);

		boolean isCancelled();
	}

	private BulkLabeling() {
	}

	/**
	 * Labels every target. Sessions are acquired off the caller's thread as it likes; each
	 * document's edit runs on {@code sessionThread}, which must run it before returning (the UI
	 * thread's {@code syncExec}, when editors show the sessions).
	 * Cancelling stops before the next document; what was labelled stays, in the returned edit.
	 *
	 * @throws EditRefusedException if the label is not an entity label of the schema
	 */
	public static BulkEdit apply(List<Target> targets, String label, Sessions sessions, Executor sessionThread,
			Progress progress) {
		Map<String, List<Target>> byDocument = new LinkedHashMap<>();
		targets.forEach(t -> byDocument.computeIfAbsent(t.documentId(), k -> new ArrayList<>()).add(t));
		List<BulkEdit.Part> parts = new ArrayList<>();
		int[] counts = new int[3]; // labelled, already labelled, boilerplate
		int done = 0;
		try {
			for (Map.Entry<String, List<Target>> entry : byDocument.entrySet()) {
				if (progress.isCancelled()) {
					break;
				}
				AnnotationSession session = sessions.acquire(entry.getKey());
				AtomicReference<RuntimeException> refused = new AtomicReference<>();
				AtomicReference<AnnotationEdit> made = new AtomicReference<>();
				sessionThread.execute(() -> {
					try {
						made.set(label(session, entry.getValue(), label, counts));
					} catch (RuntimeException e) {
						refused.set(e);
					}
				});
				if (refused.get() != null) {
					sessions.release(session);
					throw refused.get();
				}
				if (made.get() == null) {
					sessions.release(session);
				} else {
					parts.add(new BulkEdit.Part(session, made.get()));
				}
				progress.documentDone(++done, byDocument.size());
			}
		} catch (RuntimeException e) {
			// what was done stays undoable as one; the caller hears why the rest was not
			BulkEdit partial = new BulkEdit(label, parts, counts[0], counts[1], counts[2], sessions, sessionThread);
			throw new BulkLabelingException(e.getMessage(), partial, e);
		}
		return new BulkEdit(label, parts, counts[0], counts[1], counts[2], sessions, sessionThread);
	}

	/** @return the document's edit, already executed, or {@code null} when there was nothing to add */
	private static AnnotationEdit label(AnnotationSession session, List<Target> targets, String label, int[] counts) {
		boolean known = new AnnotationActions(session).entityLabels().stream().anyMatch(l -> l.getName().equals(label));
		if (!known) {
			throw new EditRefusedException("'" + label + "' is not an entity label of the project's schema");
		}
		List<Annotation> added = new ArrayList<>();
		for (Target t : targets) {
			if (t.begin() < 0 || t.end() > session.text().length() || t.begin() >= t.end()) {
				throw new EditRefusedException("Span " + t.begin() + "–" + t.end() + " is outside the text of "
						+ session.document().getId());
			}
			if (session.boilerplateIn(t.begin(), t.end()).isPresent()) {
				counts[2]++;
			} else if (covered(session, added, t)) {
				counts[1]++;
			} else {
				EntityMention m = SanadFactory.eINSTANCE.createEntityMention();
				m.setId(TimeOrderedIds.next());
				m.setCreatedBy(session.annotator());
				m.setCreatedAt(new java.util.Date());
				m.setBegin(t.begin());
				m.setEnd(t.end());
				m.setLabel(label);
				added.add(m);
				counts[0]++;
			}
		}
		if (added.isEmpty()) {
			return null;
		}
		AnnotationEdit edit = Edits.add("Label " + added.size() + " × " + label + " by example", session.set(), added);
		session.execute(edit);
		return edit;
	}

	private static boolean covered(AnnotationSession session, List<Annotation> added, Target t) {
		for (List<? extends Annotation> list : List.of(session.set().getAnnotations(), added)) {
			for (Annotation a : list) {
				if (a instanceof EntityMention m && m.getBegin() == t.begin() && m.getEnd() == t.end()) {
					return true;
				}
			}
		}
		return false;
	}
}
