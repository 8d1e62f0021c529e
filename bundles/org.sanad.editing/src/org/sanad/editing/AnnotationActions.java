package org.sanad.editing;

import java.util.ArrayList;
import java.util.List;

import org.sanad.editing.text.WordSnapper;
import org.sanad.model.Annotation;
import org.sanad.model.BoilerplateRegion;
import org.sanad.model.Credibility;
import org.sanad.model.EntityMention;
import org.sanad.model.Label;
import org.sanad.model.Layer;
import org.sanad.model.Polarity;
import org.sanad.model.Reliability;
import org.sanad.model.SanadFactory;
import org.sanad.model.Source;
import org.sanad.model.SourceAttribution;
import org.sanad.model.Stance;
import org.sanad.model.TextSpan;
import org.sanad.model.ids.TimeOrderedIds;
import org.sanad.model.schema.Layers;

/**
 * What an annotator does, as undoable edits of a session: label a span, mark and rate a source,
 * link claims, take a stance, delete. Spans are snapped (if asked) and checked against the
 * boilerplate first; a refused action throws {@link EditRefusedException} and changes nothing.
 */
public final class AnnotationActions {

	private static final SanadFactory F = SanadFactory.eINSTANCE;

	private final AnnotationSession session;
	private boolean snapToWords = true;

	public AnnotationActions(AnnotationSession session) {
		this.session = session;
	}

	public boolean snapToWords() {
		return snapToWords;
	}

	public void setSnapToWords(boolean snap) {
		this.snapToWords = snap;
	}

	/** @return the span an action on the selection [begin, end) would use */
	public int[] span(int begin, int end) {
		int[] span = WordSnapper.snap(session.text(), begin, end, snapToWords);
		if (span[0] == span[1]) {
			throw new EditRefusedException("Select some text first");
		}
		BoilerplateRegion region = session.boilerplateIn(span[0], span[1]).orElse(null);
		if (region != null) {
			throw new EditRefusedException("The selection touches boilerplate (" + region.getBegin() + "–"
					+ region.getEnd() + "), which is not annotated");
		}
		return span;
	}

	/** @return the entity label with this key (1–9 by default), if the schema has one */
	public java.util.Optional<Label> labelForKey(String key) {
		return entityLabels().stream().filter(l -> key.equals(l.getKey())).findFirst();
	}

	/** @return the entity labels of the schema, in order */
	public List<Label> entityLabels() {
		return session.schema().getLayers().stream().filter(l -> Layers.ENTITY.equals(l.getId()))
				.map(Layer::getLabels).flatMap(List::stream).toList();
	}

	/**
	 * Labels the selection as an entity. An entity with exactly that span gets the new label
	 * instead of a twin; pressing the same label again removes it (a toggle, as in brat).
	 *
	 * @return the entity, or {@code null} when the toggle removed it
	 */
	public EntityMention labelEntity(int begin, int end, String label) {
		int[] span = span(begin, end);
		for (Mark mark : session.marks(span[0], span[1])) {
			if (mark.annotation() instanceof EntityMention m && m.getBegin() == span[0] && m.getEnd() == span[1]) {
				if (label.equals(m.getLabel())) {
					delete(List.of(m));
					return null;
				}
				session.execute(Edits.change("Relabel " + m.getLabel() + " as " + label, m, x -> x.setLabel(label)));
				session.select(m);
				return m;
			}
		}
		EntityMention mention = F.createEntityMention();
		init(mention);
		mention.setBegin(span[0]);
		mention.setEnd(span[1]);
		mention.setLabel(label);
		session.execute(Edits.add("Label " + label, session.set(), List.of(mention)));
		session.select(mention);
		return mention;
	}

	/** Gives an entity another label, keeping its span exactly as it is. */
	public void relabel(EntityMention mention, String label) {
		if (!label.equals(mention.getLabel())) {
			session.execute(Edits.change("Relabel " + mention.getLabel() + " as " + label, mention,
					m -> m.setLabel(label)));
		}
	}

	/** Marks the selection as an attributed source, not yet rated. */
	public SourceAttribution markSource(int begin, int end) {
		int[] span = span(begin, end);
		SourceAttribution source = F.createSourceAttribution();
		init(source);
		source.setBegin(span[0]);
		source.setEnd(span[1]);
		source.setReliability(Reliability.UNRATED);
		source.setCredibility(Credibility.UNRATED);
		session.execute(Edits.add("Mark source", session.set(), List.of(source)));
		session.select(source);
		return source;
	}

	public void rate(SourceAttribution source, Reliability reliability) {
		session.execute(Edits.change("Rate source reliability " + reliability.getLiteral(), source,
				s -> s.setReliability(reliability)));
	}

	public void rate(SourceAttribution source, Credibility credibility) {
		session.execute(Edits.change("Rate information credibility " + credibility.getLiteral(), source,
				s -> s.setCredibility(credibility)));
	}

	public void setKind(SourceAttribution source, String kind) {
		session.execute(Edits.change("Set source kind", source, s -> s.setKind(kind)));
	}

	/** Links the source to a registry entry, registering the name if it is new. */
	public Source linkRegistry(SourceAttribution source, String name) {
		Source entry = session.store().registerSource(session.project().getId(), name, source.getKind());
		if (session.project().getSources().stream().noneMatch(s -> s.getId().equals(entry.getId()))) {
			session.project().getSources().add(entry);
		}
		if (!entry.getId().equals(source.getSourceId())) {
			session.execute(Edits.change("Link source to " + entry.getName(), source, s -> s.setSourceId(entry.getId())));
		}
		return entry;
	}

	/** Adds the selection as a claim the source is quoted for. */
	public void linkClaim(SourceAttribution source, int begin, int end) {
		int[] span = span(begin, end);
		session.execute(Edits.change("Link claim", source, s -> s.getClaims().add(textSpan(span[0], span[1]))));
	}

	/** Adds a document-level stance (no evidence span). */
	public Stance documentStance(String target, Polarity polarity, EntityMention holder) {
		Stance stance = stance(target, polarity, holder);
		session.execute(Edits.add("Document stance", session.set(), List.of(stance)));
		session.select(stance);
		return stance;
	}

	/** Adds a stance with the selection as its evidence, for a quote or claim. */
	public Stance spanStance(int begin, int end, String target, Polarity polarity) {
		int[] span = span(begin, end);
		Stance stance = stance(target, polarity, null);
		stance.setEvidence(textSpan(span[0], span[1]));
		session.execute(Edits.add("Stance on a quote", session.set(), List.of(stance)));
		session.select(stance);
		return stance;
	}

	private Stance stance(String target, Polarity polarity, EntityMention holder) {
		Stance stance = F.createStance();
		init(stance);
		stance.setTarget(target);
		if (polarity != null) {
			stance.setPolarity(polarity);
		}
		stance.setHolder(holder);
		return stance;
	}

	public void setStanceTarget(Stance stance, String target) {
		session.execute(Edits.change("Set stance target", stance, s -> s.setTarget(target)));
	}

	public void setPolarity(Stance stance, Polarity polarity) {
		session.execute(Edits.change("Set polarity " + polarity.getLiteral(), stance, s -> s.setPolarity(polarity)));
	}

	public void setHolder(Stance stance, EntityMention holder) {
		session.execute(Edits.change("Set stance holder", stance, s -> s.setHolder(holder)));
	}

	public void setNote(Annotation annotation, String note) {
		session.execute(Edits.change("Edit note", annotation, a -> a.setNote(note == null || note.isBlank() ? null : note)));
	}

	/** Deletes annotations as one undoable edit. */
	public void delete(List<? extends Annotation> annotations) {
		if (annotations.isEmpty()) {
			return;
		}
		session.execute(Edits.remove(annotations.size() == 1 ? "Delete annotation" : "Delete " + annotations.size()
				+ " annotations", session.set(), new ArrayList<>(annotations)));
	}

	/** @return the document's person and organisation mentions: the possible stance holders */
	public List<EntityMention> holderCandidates() {
		return session.set().getAnnotations().stream().filter(EntityMention.class::isInstance)
				.map(EntityMention.class::cast).filter(m -> "PER".equals(m.getLabel()) || "ORG".equals(m.getLabel()))
				.sorted(java.util.Comparator.comparingInt(EntityMention::getBegin)).toList();
	}

	private void init(Annotation annotation) {
		annotation.setId(TimeOrderedIds.next());
		annotation.setCreatedBy(session.annotator());
		annotation.setCreatedAt(new java.util.Date());
	}

	private static TextSpan textSpan(int begin, int end) {
		TextSpan span = F.createTextSpan();
		span.setBegin(begin);
		span.setEnd(end);
		return span;
	}
}
