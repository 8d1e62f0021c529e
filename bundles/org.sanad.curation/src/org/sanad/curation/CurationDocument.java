package org.sanad.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.sanad.model.Annotation;
import org.sanad.model.AnnotationSet;
import org.sanad.model.Document;
import org.sanad.model.EntityMention;
import org.sanad.model.SetStatus;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.ids.TimeOrderedIds;
import org.sanad.store.AnnotationChange;
import org.sanad.store.CorpusStore;
import org.sanad.store.CurationDecision;
import org.sanad.store.CurationDecision.Action;

/**
 * A document opened for curation: every annotator's set, the gold set and the decisions, aligned
 * into {@link CurationUnit}s. Each decision is written at once, with its reason, in one store
 * transaction ({@link CorpusStore#curate}); the gold set is then read again.
 *
 * <pre>
 * CurationDocument doc = CurationDocument.open(store, documentId);
 * for (CurationUnit unit : doc.disagreements()) {
 *     doc.accept(unit.key(), "bob", "the guideline calls a ministry ORG", "carol");
 * }
 * doc.finish("carol");
 * </pre>
 */
public final class CurationDocument {

	private final CorpusStore store;
	private final Document document;
	private final Map<String, AnnotationSet> sets;
	private AnnotationSet gold;
	private List<CurationDecision> decisions;
	private List<CurationUnit> units;

	private CurationDocument(CorpusStore store, Document document, Map<String, AnnotationSet> sets) {
		this.store = store;
		this.document = document;
		this.sets = sets;
		refresh();
	}

	/**
	 * Reads a document with all its annotators' sets.
	 *
	 * @throws IllegalArgumentException if there is no such document
	 */
	public static CurationDocument open(CorpusStore store, String documentId) {
		Document document = store.document(documentId)
				.orElseThrow(() -> new IllegalArgumentException("no document '" + documentId + "'"));
		Map<String, AnnotationSet> sets = new LinkedHashMap<>();
		for (String annotator : store.annotators(document.getProjectId())) {
			AnnotationSet set = store.annotationSet(documentId, annotator);
			if (set != null && set.getId() != null) {
				sets.put(annotator, set);
			}
		}
		return new CurationDocument(store, document, sets);
	}

	/**
	 * Builds one from sets already read, as an automatic merge does for a page of documents.
	 *
	 * @param sets the annotators' sets of the document, by annotator (only sets that exist)
	 */
	public static CurationDocument of(CorpusStore store, Document document, Map<String, AnnotationSet> sets) {
		return new CurationDocument(store, document, sets);
	}

	private void refresh() {
		gold = store.annotationSet(document.getId(), null);
		decisions = store.curationDecisions(document.getId());
		units = align();
	}

	private List<CurationUnit> align() {
		Map<String, Map<String, Annotation>> candidates = new LinkedHashMap<>();
		Map<String, int[]> spans = new HashMap<>();
		sets.forEach((annotator, set) -> set.getAnnotations().forEach(a -> {
			String key = UnitKeys.of(a);
			candidates.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(annotator, a);
			spans.putIfAbsent(key, span(a));
		}));
		Map<String, List<Annotation>> inGold = new LinkedHashMap<>();
		for (Annotation a : gold.getAnnotations()) {
			String key = UnitKeys.of(a);
			inGold.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
			candidates.putIfAbsent(key, new LinkedHashMap<>());
			spans.putIfAbsent(key, span(a));
		}
		Map<String, CurationDecision> latest = new HashMap<>();
		decisions.forEach(d -> latest.put(d.unit(), d));
		List<CurationUnit> aligned = new ArrayList<>();
		candidates.forEach((key, byAnnotator) -> aligned.add(new CurationUnit(key, spans.get(key)[0],
				spans.get(key)[1], byAnnotator, inGold.getOrDefault(key, List.of()), latest.get(key))));
		aligned.sort(Comparator.comparingInt((CurationUnit u) -> order(u.layer())).thenComparingInt(CurationUnit::begin)
				.thenComparingInt(CurationUnit::end).thenComparing(CurationUnit::key));
		return aligned;
	}

	/** Entities first: stances name their holders among them. */
	private static int order(String layer) {
		return switch (layer) {
		case "entity" -> 0;
		case "source" -> 1;
		default -> 2;
		};
	}

	private static int[] span(Annotation a) {
		if (a instanceof EntityMention m) {
			return new int[] { m.getBegin(), m.getEnd() };
		}
		if (a instanceof SourceAttribution s) {
			return new int[] { s.getBegin(), s.getEnd() };
		}
		Stance s = (Stance) a;
		return s.getEvidence() == null ? new int[] { -1, -1 }
				: new int[] { s.getEvidence().getBegin(), s.getEvidence().getEnd() };
	}

	/** Reads the gold set and the decisions again, as after another curator's change. */
	public void reload() {
		refresh();
	}

	/** @return the document */
	public Document document() {
		return document;
	}

	/** @return the annotators who have a set for the document */
	public List<String> annotators() {
		return List.copyOf(sets.keySet());
	}

	/** @return every unit, entities first, then sources, then stances, each in text order */
	public List<CurationUnit> units() {
		return units;
	}

	/** @return the units the annotators disagree on (not all of them made the same annotation) */
	public List<CurationUnit> disagreements() {
		List<String> annotators = annotators();
		return units.stream().filter(u -> !u.candidates().isEmpty() && !u.agreed(annotators)).toList();
	}

	/** @return the unit named {@code key} */
	public Optional<CurationUnit> unit(String key) {
		return units.stream().filter(u -> u.key().equals(key)).findFirst();
	}

	/** @return the gold set as it is now */
	public AnnotationSet gold() {
		return gold;
	}

	/** @return where the document stands */
	public CurationStatus status() {
		return CurationStatus.of(gold.getId() == null ? SetStatus.NEW : gold.getStatus());
	}

	/** Takes {@code annotator}'s annotation of the unit into the gold set, replacing what the gold set had there. */
	public void accept(String unitKey, String annotator, String reason, String curator) {
		CurationUnit unit = require(unitKey);
		Annotation chosen = unit.candidates().get(annotator);
		if (chosen == null) {
			throw new IllegalArgumentException(annotator + " made no annotation of " + unitKey);
		}
		write(unit, toGold(chosen, unit.gold().isEmpty() ? null : unit.gold().get(0), reason, curator, Map.of()),
				new CurationDecision(unitKey, Action.ACCEPT, annotator, reason, curator, null), curator, null);
	}

	/** Leaves the unit out of the gold set, removing what the gold set had there. */
	public void reject(String unitKey, String reason, String curator) {
		CurationUnit unit = require(unitKey);
		write(unit, null, new CurationDecision(unitKey, Action.REJECT, null, reason, curator, null), curator, null);
	}

	/** Adds the curator's own annotation to the gold set, replacing what the gold set had in its unit. */
	public void annotate(Annotation annotation, String reason, String curator) {
		String key = UnitKeys.of(annotation);
		CurationUnit unit = unit(key).orElse(new CurationUnit(key, -1, -1, Map.of(), List.of(), null));
		write(unit, toGold(annotation, unit.gold().isEmpty() ? null : unit.gold().get(0), reason, curator, Map.of()),
				new CurationDecision(key, Action.ANNOTATE, null, reason, curator, null), curator, null);
	}

	/**
	 * Merges what {@code strategy} allows into the gold set, in one transaction, leaving alone every
	 * unit a curator decided on or the gold set already holds. Entities go first, so that a merged
	 * stance finds its holder among the merged entities.
	 *
	 * @return what was merged, left and kept, for this document
	 */
	public MergeReport merge(MergeStrategy strategy, String curator) {
		List<String> annotators = annotators();
		Map<String, Integer> merged = new LinkedHashMap<>();
		Map<String, Integer> left = new LinkedHashMap<>();
		int kept = 0;
		List<Annotation> created = new ArrayList<>();
		List<CurationDecision> made = new ArrayList<>();
		Map<String, EntityMention> pending = new HashMap<>();
		for (CurationUnit unit : units) {
			if (unit.settled()) {
				kept++;
				continue;
			}
			Map.Entry<String, List<String>> best = unit.byValue().entrySet().iterator().next();
			List<String> agreeing = best.getValue();
			if (!strategy.takes(agreeing.size(), annotators.size())) {
				left.merge(unit.layer(), 1, Integer::sum);
				continue;
			}
			Annotation copy = toGold(unit.candidates().get(agreeing.get(0)), null, null, curator, pending);
			if (copy instanceof Stance s && s.getHolder() == null
					&& ((Stance) unit.candidates().get(agreeing.get(0))).getHolder() != null) {
				left.merge(unit.layer(), 1, Integer::sum); // its holder is not in the gold set
				continue;
			}
			if (copy instanceof EntityMention m) {
				pending.put(unit.key(), m);
			}
			created.add(copy);
			made.add(new CurationDecision(unit.key(), Action.MERGE, String.join(",", agreeing), strategy.id(),
					curator, null));
			merged.merge(unit.layer(), 1, Integer::sum);
		}
		if (!created.isEmpty()) {
			boolean fresh = gold.getId() == null || gold.getStatus() == SetStatus.NEW;
			store.curate(new AnnotationChange(document.getId(), null, curator, gold.getRevision(), created, List.of(),
					List.of(), fresh ? SetStatus.IN_PROGRESS : null), made);
			refresh();
		}
		return new MergeReport(1, merged, left, kept, left.isEmpty() ? 1 : 0);
	}

	/** Marks the gold set curated: annotators then see where it differs from their sets. */
	public void finish(String curator) {
		store.curate(new AnnotationChange(document.getId(), null, curator, gold.getRevision(), List.of(), List.of(),
				List.of(), SetStatus.CURATED), List.of());
		refresh();
	}

	private CurationUnit require(String key) {
		return unit(key).orElseThrow(() -> new IllegalArgumentException("no unit '" + key + "' in document "
				+ document.getTitle()));
	}

	private void write(CurationUnit unit, Annotation replacement, CurationDecision decision, String curator,
			SetStatus status) {
		List<Annotation> created = new ArrayList<>();
		List<Annotation> updated = new ArrayList<>();
		List<String> deleted = new ArrayList<>();
		List<Annotation> old = new ArrayList<>(unit.gold());
		if (replacement != null) {
			if (!old.isEmpty() && old.get(0).getId().equals(replacement.getId())) {
				updated.add(replacement);
				old.remove(0);
			} else {
				created.add(replacement);
			}
		}
		old.forEach(a -> deleted.add(a.getId()));
		updated.addAll(withoutHolders(deleted));
		SetStatus next = status != null ? status : gold.getId() == null || gold.getStatus() == SetStatus.NEW
				|| gold.getStatus() == SetStatus.CURATED ? SetStatus.IN_PROGRESS : null;
		store.curate(new AnnotationChange(document.getId(), null, curator, gold.getRevision(), created, updated,
				deleted, next), List.of(decision));
		refresh();
	}

	/** Gold stances whose holder is being deleted keep their polarity and lose the holder. */
	private List<Annotation> withoutHolders(List<String> deleted) {
		List<Annotation> stances = new ArrayList<>();
		for (Annotation a : gold.getAnnotations()) {
			if (a instanceof Stance s && s.getHolder() != null && deleted.contains(s.getHolder().getId())
					&& !deleted.contains(s.getId())) {
				Stance copy = EcoreUtil.copy(s);
				copy.setHolder(null);
				stances.add(copy);
			}
		}
		return stances;
	}

	/**
	 * Copies an annotation for the gold set: a new id (or the id of the gold annotation it replaces,
	 * so that gold stances keep their holder), the curator as author, the reason as its note, and a
	 * stance's holder mapped to the gold entity at the same span (none if the gold set has none).
	 *
	 * @param pending gold entities about to be created in the same change, by span
	 */
	Annotation toGold(Annotation source, Annotation replacing, String reason, String curator,
			Map<String, EntityMention> pending) {
		Annotation copy = EcoreUtil.copy(source);
		copy.setId(replacing != null && replacing.eClass() == source.eClass() ? replacing.getId()
				: TimeOrderedIds.next());
		copy.setCreatedBy(curator);
		copy.setCreatedAt(null);
		copy.setNote(reason == null || reason.isBlank() ? null : reason);
		if (source instanceof Stance s && copy instanceof Stance c) {
			c.setHolder(s.getHolder() == null ? null : goldEntity(s.getHolder(), pending));
		}
		return copy;
	}

	private EntityMention goldEntity(EntityMention holder, Map<String, EntityMention> pending) {
		String key = UnitKeys.of(holder);
		for (Annotation a : gold.getAnnotations()) {
			if (a instanceof EntityMention m && UnitKeys.of(m).equals(key)) {
				return m;
			}
		}
		return pending.get(key);
	}

}
