package org.sanad.editing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.sanad.editing.internal.Committer;
import org.sanad.editing.internal.OutboxFile;
import org.sanad.editing.text.MarkIndex;
import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.Document;
import org.sanad.model.LabelSchema;
import org.sanad.model.Project;
import org.sanad.model.SetStatus;
import org.sanad.model.validation.AnnotationValidator;
import org.sanad.model.validation.Problem;
import org.sanad.store.CorpusStore;
import org.sanad.store.StoreException;

/**
 * One document open for one annotator: the text, the annotator's set, an undoable command stack
 * and a commit queue. Every edit is applied here at once and committed to the store behind it.
 * Not thread-safe: use it from one thread (the UI thread in the workbench).
 */
public final class AnnotationSession implements AutoCloseable {

	private final CorpusStore store;
	private Project project;
	private final Document document;
	private final String annotator;
	private final AnnotationSet set;
	private final BasicCommandStack stack = new BasicCommandStack();
	private final MarkIndex<Mark> marks = new MarkIndex<>();
	private final Map<Annotation, List<Mark>> marksOf = new IdentityHashMap<>();
	private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
	private final Committer committer;
	private AnnotationValidator validator;
	private Annotation selected;

	private AnnotationSession(CorpusStore store, Project project, Document document, String annotator,
			AnnotationSet set, Outbox outbox) {
		this.store = store;
		this.project = project;
		this.document = document;
		this.annotator = annotator;
		this.set = set;
		this.validator = new AnnotationValidator(document, project.getSchema());
		OutboxFile file = outbox == null ? null : new OutboxFile(outbox, document.getId(), annotator);
		java.util.Optional<OutboxFile.Content> left = file == null ? java.util.Optional.empty() : file.read();
		List<OutboxFile.Pending> pending = left.map(OutboxFile.Content::pending).orElse(List.of());
		pending.forEach(this::reapply);
		this.committer = new Committer(store, document.getId(), annotator, annotator,
				left.map(OutboxFile.Content::revision).orElse(set.getRevision()),
				state -> listeners.forEach(l -> l.commitStateChanged(state)), file, pending);
		set.getAnnotations().forEach(this::index);
		if (!pending.isEmpty()) {
			committer.resume();
		}
	}

	/**
	 * Applies an edit left in the outbox to the set as loaded: the store may have taken it before
	 * the answer was lost (then it is there already), or not.
	 */
	private void reapply(OutboxFile.Pending edit) {
		List<Annotation> annotations = set.getAnnotations();
		for (Annotation created : edit.created()) {
			if (annotations.stream().noneMatch(a -> a.getId().equals(created.getId()))) {
				annotations.add(org.eclipse.emf.ecore.util.EcoreUtil.copy(created));
			}
		}
		for (Annotation updated : edit.updated()) {
			for (int i = 0; i < annotations.size(); i++) {
				if (annotations.get(i).getId().equals(updated.getId())) {
					annotations.set(i, org.eclipse.emf.ecore.util.EcoreUtil.copy(updated));
				}
			}
		}
		annotations.removeIf(a -> edit.deleted().contains(a.getId()));
		if (edit.status() != null) {
			set.setStatus(edit.status());
		}
		// a stance read back from the outbox names its holder by id: point it to the set's mention
		for (Annotation annotation : annotations) {
			if (annotation instanceof org.sanad.model.Stance stance && stance.getHolder() != null
					&& !annotations.contains(stance.getHolder())) {
				String id = stance.getHolder().getId();
				annotations.stream().filter(a -> a instanceof org.sanad.model.EntityMention && a.getId().equals(id))
						.findFirst().ifPresent(m -> stance.setHolder((org.sanad.model.EntityMention) m));
			}
		}
	}

	/**
	 * Loads a document with the annotator's set. Long for a big document: call it off the UI thread.
	 *
	 * @throws StoreException if the document or its project is not in the store
	 */
	public static AnnotationSession open(CorpusStore store, String documentId, String annotator) {
		Document document = store.document(documentId)
				.orElseThrow(() -> new StoreException("No document with id " + documentId));
		return open(store, document, annotator);
	}

	/**
	 * Opens a document already loaded with its text (an editor shows the text first), loading its
	 * project and the annotator's set. Long for a big set: call it off the UI thread.
	 */
	public static AnnotationSession open(CorpusStore store, Document document, String annotator) {
		return open(store, document, annotator, null);
	}

	/**
	 * Loads a document with the annotator's set, and with the edits the outbox still holds for it
	 * (applied again and sent first); pending edits are kept there until the store took them.
	 *
	 * @param outbox where pending edits wait on disk, or {@code null} to keep them in memory only
	 * @since 0.3
	 */
	public static AnnotationSession open(CorpusStore store, Document document, String annotator, Outbox outbox) {
		String documentId = document.getId();
		Project project = store.project(document.getProjectId())
				.orElseThrow(() -> new StoreException("No project with id " + document.getProjectId()));
		return new AnnotationSession(store, project, document, annotator, store.annotationSet(documentId, annotator),
				outbox);
	}

	public CorpusStore store() {
		return store;
	}

	public Project project() {
		return project;
	}

	public LabelSchema schema() {
		return project.getSchema();
	}

	public Document document() {
		return document;
	}

	public String text() {
		return document.getText();
	}

	/** @return the annotator whose set this is */
	public String annotator() {
		return annotator;
	}

	/** @return the live set; change it only through {@link #execute(AnnotationEdit)} */
	public AnnotationSet set() {
		return set;
	}

	/** Does an edit, puts it on the undo stack and queues it for the store. */
	public void execute(AnnotationEdit edit) {
		stack.execute(edit);
		published(edit);
	}

	public boolean canUndo() {
		return stack.canUndo();
	}

	public boolean canRedo() {
		return stack.canRedo();
	}

	/** @return the edit that undo would take back, or {@code null} */
	AnnotationEdit topUndo() {
		return (AnnotationEdit) stack.getUndoCommand();
	}

	/** @return the edit that redo would do again, or {@code null} */
	AnnotationEdit topRedo() {
		return (AnnotationEdit) stack.getRedoCommand();
	}

	/** @return the label of the edit that undo would take back, or {@code null} */
	public String undoLabel() {
		Command c = stack.getUndoCommand();
		return c == null ? null : c.getLabel();
	}

	/** @return the label of the edit that redo would do again, or {@code null} */
	public String redoLabel() {
		Command c = stack.getRedoCommand();
		return c == null ? null : c.getLabel();
	}

	public void undo() {
		if (stack.canUndo()) {
			AnnotationEdit edit = (AnnotationEdit) stack.getUndoCommand();
			stack.undo();
			published(edit);
		}
	}

	public void redo() {
		if (stack.canRedo()) {
			AnnotationEdit edit = (AnnotationEdit) stack.getRedoCommand();
			stack.redo();
			published(edit);
		}
	}

	private void published(AnnotationEdit edit) {
		Delta delta = edit.lastDelta();
		for (Annotation a : delta.touched()) {
			unindex(a);
			if (holds(a)) {
				index(a);
			}
		}
		if (selected != null && !holds(selected)) {
			select(null);
		}
		committer.submit(delta);
		listeners.forEach(l -> l.annotationsChanged(delta));
	}

	private void index(Annotation annotation) {
		List<Mark> list = Mark.of(annotation);
		marksOf.put(annotation, list);
		marks.addAll(list);
	}

	private void unindex(Annotation annotation) {
		List<Mark> list = marksOf.remove(annotation);
		if (list != null) {
			marks.removeAll(list);
		}
	}

	/**
	 * @return whether the annotation is in this session's set now; constant time, where searching
	 *         the set's list would take time proportional to its size
	 */
	public boolean holds(Annotation annotation) {
		return annotation.eContainer() == set;
	}

	/** @return the marks overlapping [begin, end), by begin then longest first */
	public List<Mark> marks(int begin, int end) {
		return marks.overlapping(begin, end);
	}

	/** @return the annotations with a mark at {@code offset}, innermost (shortest) first */
	public List<Annotation> annotationsAt(int offset) {
		List<Mark> here = new ArrayList<>(marks.overlapping(offset, offset + 1));
		here.sort(Comparator.comparingInt(m -> m.end() - m.begin()));
		List<Annotation> result = new ArrayList<>();
		for (Mark m : here) {
			if (!result.contains(m.annotation())) {
				result.add(m.annotation());
			}
		}
		return result;
	}

	/** @return the boilerplate region that [begin, end) overlaps, if any */
	public Optional<BoilerplateRegion> boilerplateIn(int begin, int end) {
		for (BoilerplateRegion region : document.getBoilerplate()) {
			if (begin < region.getEnd() && region.getBegin() < Math.max(end, begin + 1)) {
				return Optional.of(region);
			}
		}
		return Optional.empty();
	}

	public Annotation selected() {
		return selected;
	}

	/** Selects an annotation of this set, or nothing with {@code null}. */
	public void select(Annotation annotation) {
		if (annotation != null && !holds(annotation)) {
			throw new IllegalArgumentException("Annotation " + annotation.getId() + " is not in this set");
		}
		if (annotation != selected) {
			selected = annotation;
			listeners.forEach(l -> l.selectionChanged(annotation));
		}
	}

	/** @return the annotation with this id in the set */
	public Optional<Annotation> annotation(String id) {
		return set.getAnnotations().stream().filter(a -> a.getId().equals(id)).findFirst();
	}

	/** @return the set's problems now: errors and warnings of the validator */
	public List<Problem> problems() {
		return validator.validate(set);
	}

	/** Marks the set finished, or in progress again; not an undoable edit. */
	public void setStatus(SetStatus status) {
		set.setStatus(status);
		committer.submitStatus(status);
	}

	public CommitState commitState() {
		return committer.state();
	}

	/** Sends the pending edits again now instead of waiting for the next automatic retry. */
	public void retryCommits() {
		committer.retry();
	}

	/**
	 * After a conflict: stores the pending edits on top of what the other writer stored. The
	 * other writer's changes stay; where an edit cannot apply (its annotation is gone), the
	 * commit fails and says so.
	 */
	public void keepMine() {
		committer.rebase();
	}

	/**
	 * Reads the project's schema from the store again (another user may have renamed or removed
	 * names since the document was opened); {@link #schema()} then answers with it. Reads the
	 * store: call it where a short wait is acceptable.
	 *
	 * @return the schema now
	 * @since 0.4
	 */
	public LabelSchema refreshSchema() {
		useProject(store.project(project.getId())
				.orElseThrow(() -> new StoreException("No project with id " + project.getId())));
		return project.getSchema();
	}

	private void useProject(Project now) {
		project = now;
		validator = new AnnotationValidator(document, now.getSchema());
	}

	/**
	 * After a {@link Refusal}: gives every annotation that uses {@code from} in {@code field} the
	 * name {@code to} instead, in the pending edits and in the set shown here, and sends the edits
	 * again. Not undoable (the undo stack keeps the edits as made).
	 *
	 * @param field {@code label}, {@code target} or {@code kind}
	 * @throws IllegalArgumentException if the schema (read again from the store) has no {@code to}
	 * @since 0.4
	 */
	public void relabelPending(String field, String from, String to) {
		refreshSchema();
		if (!namesOf(field).contains(to)) {
			throw new IllegalArgumentException("'" + to + "' is not a " + field + " of the project's schema");
		}
		Delta delta = new Delta();
		for (Annotation annotation : set.getAnnotations()) {
			if (org.sanad.editing.internal.Names.rename(annotation, field, from, to)) {
				delta.update(annotation);
			}
		}
		committer.relabel(field, from, to);
		listeners.forEach(l -> l.annotationsChanged(delta));
	}

	/**
	 * @return the names the schema has in {@code field} ({@code label}, {@code target} or
	 *         {@code kind}), in schema order
	 * @since 0.4
	 */
	public List<String> namesOf(String field) {
		LabelSchema schema = project.getSchema();
		return switch (field) {
		case org.sanad.store.UnknownNameException.LABEL -> schema.getLayers().stream()
				.filter(l -> org.sanad.model.schema.Layers.ENTITY.equals(l.getId()))
				.flatMap(l -> l.getLabels().stream()).map(org.sanad.model.Label::getName).toList();
		case org.sanad.store.UnknownNameException.TARGET -> schema.getStanceTargets().stream()
				.map(org.sanad.model.StanceTarget::getId).toList();
		case org.sanad.store.UnknownNameException.KIND -> schema.getSourceKinds().stream()
				.map(org.sanad.model.SourceKind::getId).toList();
		default -> throw new IllegalArgumentException("No schema field " + field);
		};
	}

	/**
	 * After a {@link Refusal} or another refusal of the store: drops the first pending edit for
	 * good, and shows the set as the store has it with the remaining pending edits on top. The undo
	 * history is cleared (it holds the dropped edit).
	 *
	 * @throws IllegalStateException unless the store refused the first pending edit
	 * @since 0.4
	 */
	public void dropRefused() {
		AnnotationSet stored = store.annotationSet(document.getId(), annotator);
		Project now = store.project(project.getId()).orElse(project);
		resync(stored, now, committer.dropRefused());
	}

	/**
	 * After a conflict: drops every pending edit and shows the set as the store has it now (the
	 * other writer's version). The undo history is cleared.
	 *
	 * @since 0.4
	 */
	public void discardPending() {
		AnnotationSet stored = store.annotationSet(document.getId(), annotator);
		Project now = store.project(project.getId()).orElse(project);
		committer.discardAll();
		resync(stored, now, List.of());
	}

	private void resync(AnnotationSet stored, Project now, List<OutboxFile.Pending> pending) {
		useProject(now);
		Delta delta = new Delta();
		set.getAnnotations().forEach(delta::delete);
		set.getAnnotations().clear();
		set.getAnnotations().addAll(stored.getAnnotations());
		set.setStatus(stored.getStatus());
		set.setRevision(stored.getRevision());
		pending.forEach(this::reapply);
		marksOf.values().forEach(marks::removeAll);
		marksOf.clear();
		set.getAnnotations().forEach(this::index);
		set.getAnnotations().forEach(delta::create);
		stack.flush();
		select(null);
		committer.restart(stored.getRevision());
		listeners.forEach(l -> l.annotationsChanged(delta));
	}

	/**
	 * Asks the store whether someone else changed this set (another window, a command, a second
	 * curator) since the last revision this session knows. Thread-safe and reads the store: call it
	 * off the UI thread, then hand the answer to {@link #takeStoreChanges(SetChanges)} on it.
	 *
	 * @return the changes made elsewhere; empty when there are none, or while this session's own
	 *         edits are on their way (they go first; a change in between shows as a conflict)
	 * @since 0.4
	 */
	public java.util.Optional<org.sanad.store.SetChanges> pollStore() {
		CommitState state = committer.state();
		if (!state.isSaved() || state.problem() != null) {
			return java.util.Optional.empty();
		}
		org.sanad.store.SetSummary summary = store.setSummaries(annotator, List.of(document.getId()))
				.get(document.getId());
		if (summary == null || summary.revision() <= state.revision()) {
			return java.util.Optional.empty();
		}
		return store.changesSince(document.getId(), annotator, state.revision())
				.or(() -> java.util.Optional.of(whole(store.annotationSet(document.getId(), annotator))));
	}

	private static org.sanad.store.SetChanges whole(AnnotationSet stored) {
		return new org.sanad.store.SetChanges(stored.getRevision(), stored.getStatus(), stored.getAnnotations(),
				java.util.Set.of(ALL));
	}

	/** A deleted id that stands for "replace the whole set" in a {@link org.sanad.store.SetChanges} made here. */
	private static final String ALL = "\u0000all";

	/**
	 * Puts changes made elsewhere into the set shown here, if they still apply: no edit of this
	 * session was made since {@link #pollStore()} read them. The undo history is cleared (it may
	 * refer to annotations the other writer changed).
	 *
	 * @return whether they were taken
	 * @since 0.4
	 */
	public boolean takeStoreChanges(org.sanad.store.SetChanges changes) {
		CommitState state = committer.state();
		if (!state.isSaved() || state.problem() != null || changes.revision() <= state.revision()) {
			return false;
		}
		if (changes.deleted().contains(ALL)) {
			AnnotationSet stored = org.sanad.model.SanadFactory.eINSTANCE.createAnnotationSet();
			stored.getAnnotations().addAll(changes.current());
			stored.setRevision(changes.revision());
			stored.setStatus(changes.status());
			resync(stored, project, List.of());
			return true;
		}
		Delta delta = new Delta();
		java.util.Set<String> here = new java.util.HashSet<>();
		set.getAnnotations().forEach(a -> here.add(a.getId()));
		List<Annotation> created = new ArrayList<>();
		List<Annotation> updated = new ArrayList<>();
		for (Annotation annotation : changes.current()) {
			(here.contains(annotation.getId()) ? updated : created).add(annotation);
		}
		List<String> deleted = changes.deleted().stream().filter(here::contains).toList();
		for (Annotation before : List.copyOf(set.getAnnotations())) {
			if (deleted.contains(before.getId()) || updated.stream().anyMatch(u -> u.getId().equals(before.getId()))) {
				unindex(before);
				delta.delete(before);
			}
		}
		reapply(new OutboxFile.Pending(created, updated, deleted, changes.status(), null));
		set.setRevision(changes.revision());
		for (Annotation annotation : set.getAnnotations()) {
			if (!marksOf.containsKey(annotation)) {
				index(annotation);
				delta.create(annotation);
			}
		}
		stack.flush();
		if (selected != null && !holds(selected)) {
			select(null);
		}
		committer.restart(changes.revision());
		listeners.forEach(l -> l.annotationsChanged(delta));
		return true;
	}

	/** Waits until the store has every edit; {@code false} if some are still pending. */
	public boolean flush(Duration timeout) throws InterruptedException {
		return committer.flush(timeout);
	}

	public void addListener(SessionListener listener) {
		listeners.add(listener);
	}

	public void removeListener(SessionListener listener) {
		listeners.remove(listener);
	}

	/** Waits up to ten seconds for pending commits, then stops; check {@link #commitState()} first. */
	@Override
	public void close() {
		committer.close();
	}
}
